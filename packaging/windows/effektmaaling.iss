; Inno Setup script: Effektmåling's Windows installer (Inno Setup 6.3 or newer).
;
; Build the bundle first (dist\Effektmaaling\), then, from the repository root:
;   uv run --group packaging python packaging/build.py windows
; which runs:  iscc /DAppVersion=<version from effektmaaling\__init__.py> packaging\windows\effektmaaling.iss
; Result: dist\Effektmaaling-<version>-setup.exe
;
; For IT's software deployment:
;   Effektmaaling-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/LOG=install.log]
;   (per user, no administrator rights; /ALLUSERS installs for all users when run as administrator)
; Silent removal:  "%LOCALAPPDATA%\Programs\Effektmaaling\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
;
; The user's databases, backups and logs are in %LOCALAPPDATA%\effektmaaling (see docs/data-safety.md),
; never in the program folder: an update replaces the program folder and keeps them; the uninstaller
; removes only the files it installed and never touches them.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=x.y.z (packaging/build.py windows reads it from effektmaaling/__init__.py)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Effektmaaling"
#endif
#define AppName "Effektmåling"
#define AppExe "Effektmaaling.exe"

[Setup]
; The AppId ties updates and the uninstaller to earlier installations: never change it.
AppId={{EDE4236F-234D-4955-868C-1863FC4C29AD}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Københavns Kommune, Socialforvaltningen
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; per-user installation without administrator rights: %LOCALAPPDATA%\Programs\Effektmaaling
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\Effektmaaling
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\..\dist
OutputBaseFilename=Effektmaaling-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\effektmaaling.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; an update while the program runs: close it (the database is closed cleanly), restart it afterwards
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program's own files completely (no library of the old version stays behind).
; {app}\_internal holds only the bundle; user data is never there.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Effektmåling af forsøg mod baseline og mål"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Exchange files (*.effekt.json). Windows tells a file's type by its last extension only, so the program
; is offered under "Open with" for .json files without taking .json over; it opens an exchange file it
; is given (effektmaaling FILE.effekt.json) in its import dialog.
Root: HKA; Subkey: "Software\Classes\Effektmaaling.Exchange"; ValueType: string; ValueName: ""; ValueData: "Effektmåling-udvekslingsfil"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Effektmaaling.Exchange\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Effektmaaling.Exchange\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "Effektmaaling.Exchange"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes what [Files] installed and nothing
; else. Databases, backups, logs and settings stay where the user keeps them.
