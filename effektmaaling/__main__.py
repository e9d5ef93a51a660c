from effektmaaling.cli.main import main

raise SystemExit(main())
