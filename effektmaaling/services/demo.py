"""Demo database: the three free-centre trials that tested the effect-measurement model.

The figures are ILLUSTRATIVE, made up to show the program, not real data from the centres. The
trials, their purposes and the home-care continuity measure follow the Social Administration's
status note on the trust reform (winter 2014); everything numeric is generated here, with a fixed
seed, so the file is the same every time.

Each indicator is built to show one outcome; :data:`EXPECTED_STATUS` records which, so the analysis
can be checked against the intention.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..domain.entities import Assessment, Indicator, Measurement, Milestone, Trial
from ..domain.enums import (
    BottomLine,
    Direction,
    Frequency,
    IndicatorKind,
    MeasureType,
    Stakeholder,
    TrialStatus,
    Verdict,
)
from ..domain.errors import StorageError
from ..domain.i18n import Text
from ..domain.validation import derived_value, validate_indicator, validate_measurement, validate_trial
from ..storage.database import Database, open_database, refuse_orphan_wal

SEED = 20130401
CLOCK = dt.datetime(2016, 1, 15, 9, 0, 0)  # the moment the demo data "was entered"
USER = "demo"
NAMESPACE = uuid.UUID("6f1c1f5e-2c43-4e39-9d55-3b7d2c8a9e10")
END = dt.date(2015, 12, 31)

ILLUSTRATIVE = (
    "Illustrative data: tallene i dette demoforsøg er opdigtede til at vise programmet; "
    "de er ikke rigtige tal fra centret."
)

# indicator name -> the status its data were built to show
EXPECTED_STATUS: dict[str, str] = {}


def _id(*parts: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, "/".join(parts))


def _months(start: dt.date, end: dt.date, step: int = 1) -> list[dt.date]:
    out, y, m = [], start.year, start.month
    while True:
        # the last day of the month: figures are reported for the month that ended
        nxt = dt.date(y + (m // 12), m % 12 + 1, 1)
        day = nxt - dt.timedelta(days=1)
        if day > end:
            return out
        out.append(day)
        m += step
        while m > 12:
            m -= 12
            y += 1


def _ramp(dates: list[dt.date], start: dt.date, months: float) -> np.ndarray:
    """0 before ``start``, rising linearly to 1 over ``months`` months after it."""
    t = np.array([(d - start).days / 30.44 for d in dates])
    return np.clip(t / months, 0.0, 1.0) * (t >= 0)


@dataclass
class _Spec:
    name: str
    values: dict
    series: Callable[[np.random.Generator, list[dt.date], dt.date], list[dict]]
    expected: str
    step: int = 1
    first: dt.date = dt.date(2012, 7, 1)


def _mean_series(base: float, shift: float, sd_people: float, n_range: tuple[int, int], noise: float,
                 ramp_months: float = 6, drift: float = 0.0) -> Callable:
    def make(rng: np.random.Generator, dates: list[dt.date], start: dt.date) -> list[dict]:
        r = _ramp(dates, start, ramp_months)
        rows = []
        for i, d in enumerate(dates):
            n = int(rng.integers(*n_range))
            value = base + shift * r[i] + drift * i + rng.normal(0, noise)
            sd = abs(sd_people * (1 + rng.normal(0, 0.08)))
            rows.append({"date": d, "value": round(value, 2), "n": n, "sd": round(sd, 2)})
        return rows
    return make


def _value_series(base: float, shift: float, noise: float, ramp_months: float = 6) -> Callable:
    def make(rng: np.random.Generator, dates: list[dt.date], start: dt.date) -> list[dict]:
        r = _ramp(dates, start, ramp_months)
        return [{"date": d, "value": round(base + shift * r[i] + rng.normal(0, noise), 2)} for i, d in enumerate(dates)]
    return make


def _proportion_series(p0: float, p1: float, den_range: tuple[int, int], ramp_months: float = 6) -> Callable:
    def make(rng: np.random.Generator, dates: list[dt.date], start: dt.date) -> list[dict]:
        r = _ramp(dates, start, ramp_months)
        rows = []
        for i, d in enumerate(dates):
            den = int(rng.integers(*den_range))
            p = p0 + (p1 - p0) * r[i]
            rows.append({"date": d, "numerator": int(rng.binomial(den, p)), "denominator": den})
        return rows
    return make


def _count_series(lam0: float, lam1: float, ramp_months: float = 6) -> Callable:
    def make(rng: np.random.Generator, dates: list[dt.date], start: dt.date) -> list[dict]:
        r = _ramp(dates, start, ramp_months)
        return [{"date": d, "value": float(rng.poisson(lam0 + (lam1 - lam0) * r[i]))} for i, d in enumerate(dates)]
    return make


def _rate_series(rate0: float, rate1: float, exposure_range: tuple[int, int], per: float,
                 ramp_months: float = 6) -> Callable:
    def make(rng: np.random.Generator, dates: list[dt.date], start: dt.date) -> list[dict]:
        r = _ramp(dates, start, ramp_months)
        rows = []
        for i, d in enumerate(dates):
            exposure = int(rng.integers(*exposure_range))
            lam = (rate0 + (rate1 - rate0) * r[i]) * exposure / per
            rows.append({"date": d, "numerator": int(rng.poisson(lam)), "denominator": exposure})
        return rows
    return make


def _ind(**kw: object) -> dict:
    return kw


def _trials() -> list[tuple[dict, list[_Spec], list[tuple[dt.date, str]], list[dict]]]:
    home = (
        {
            "name": "Den Sociale Hjemmepleje Valby/Vesterbro",
            "unit": "Den Sociale Hjemmepleje Valby/Vesterbro",
            "start_date": dt.date(2013, 4, 1),
            "status": TrialStatus.COMPLETED,
            "end_date": dt.date(2015, 12, 31),
            "contact_person": "Projektleder, hjemmeplejen (demo)",
            "purpose": (
                "Højere kontinuitet i hjemmeplejen: færre forskellige medarbejdere i den enkelte brugers hjem. "
                "Brugerne har peget på, at det er væsentligt for deres velbefindende.\n\n" + ILLUSTRATIVE
            ),
            "target_group": "Brugere af Den Sociale Hjemmepleje i Valby og på Vesterbro, og plejens medarbejdere.",
            "theory_of_change": (
                "## Problem\nMange forskellige medarbejdere kommer i den enkelte brugers hjem; det skaber utryghed "
                "og spild i koordineringen.\n\n"
                "## Aktiviteter\n- Teams, der hver har ansvaret for en afgrænset brugergruppe\n"
                "- Teamet planlægger selv besøgene og videndeler om brugerne\n\n"
                "## Forventet forandring\nFærre forskellige medarbejdere i hvert hjem, en bedre serviceoplevelse "
                "for brugerne, et bedre arbejdsmiljø og faglig udvikling for medarbejderne."
            ),
        },
        [
            _Spec("Kontinuitet: forskellige medarbejdere i hjemmet", _ind(
                description="Gennemsnitligt antal forskellige medarbejdere i en brugers hjem pr. måned.",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.CITIZEN, measure_type=MeasureType.VALUE,
                unit="medarbejdere pr. bruger pr. måned", direction=Direction.DECREASE, decimals=1,
                valid_min=0, valid_max=60, target_value=8.0, target_date=dt.date(2015, 12, 31),
                data_source="Planlægningssystemet (besøgsregistrering)", frequency=Frequency.MONTHLY,
                theme="Kontinuitet", bottom_line=BottomLine.SERVICE),
                _mean_series(14.8, -6.0, 4.2, (170, 200), 0.45, ramp_months=8), "improved"),
            _Spec("Brugernes oplevelse af servicen", _ind(
                description="Andel brugere, der i den kvartalsvise telefonundersøgelse svarer 'god' eller "
                "'meget god' til spørgsmålet om hjemmeplejens service.",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.CITIZEN, measure_type=MeasureType.PROPORTION,
                unit="%", direction=Direction.INCREASE, decimals=0, valid_min=0, valid_max=100,
                target_value=80.0, target_date=dt.date(2015, 12, 31),
                data_source="Kvartalsvis telefonundersøgelse", frequency=Frequency.QUARTERLY,
                theme="Brugertilfredshed", bottom_line=BottomLine.SERVICE),
                _proportion_series(0.61, 0.76, (90, 120), ramp_months=9), "improved", step=3,
                first=dt.date(2011, 10, 1)),
            _Spec("Sygefravær", _ind(
                description="Sygefraværsdage i procent af planlagte arbejdsdage.",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.STAFF, measure_type=MeasureType.VALUE,
                unit="% af arbejdsdage", direction=Direction.DECREASE, decimals=1, valid_min=0, valid_max=100,
                target_value=5.0, data_source="Lønsystemet (fraværsregistrering)", frequency=Frequency.MONTHLY,
                theme="Sygefravær", bottom_line=BottomLine.STAFF_WELLBEING),
                _value_series(7.1, -1.6, 0.45, ramp_months=12), "improved"),
            _Spec("Medarbejdertrivsel", _ind(
                description="Gennemsnitlig score på 'Jeg er glad for mit arbejde' (1-5) i den kvartalsvise "
                "pulsmåling.",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.STAFF, measure_type=MeasureType.VALUE,
                unit="score 1-5", direction=Direction.INCREASE, decimals=2, valid_min=1, valid_max=5,
                target_value=4.0, data_source="Pulsmåling blandt medarbejderne", frequency=Frequency.QUARTERLY,
                theme="Trivsel", bottom_line=BottomLine.STAFF_WELLBEING),
                _mean_series(3.62, 0.0, 0.85, (60, 75), 0.05), "no-change", step=3, first=dt.date(2011, 10, 1)),
            _Spec("Besøg planlagt af brugerens faste team", _ind(
                description="Andel af besøgene, der er planlagt og udført af brugerens faste team.",
                kind=IndicatorKind.PROCESS, stakeholder=Stakeholder.ORGANISATION,
                measure_type=MeasureType.PROPORTION, unit="%", direction=Direction.INCREASE, decimals=0,
                valid_min=0, valid_max=100, target_value=85.0,
                data_source="Planlægningssystemet", frequency=Frequency.MONTHLY,
                theme="Teamorganisering", bottom_line=BottomLine.PRODUCTIVITY),
                _proportion_series(0.22, 0.86, (2400, 2700), ramp_months=6), "improved"),
        ],
        [(dt.date(2013, 4, 1), "Teams etableret"), (dt.date(2013, 9, 1), "Teamene planlægger selv besøg"),
         (dt.date(2014, 6, 1), "Fælles videndelingsmøder i teamene")],
        [
            {"bottom_line": BottomLine.SERVICE, "verdict": Verdict.PLUS,
             "justification": "Brugerne fortæller, at de kender dem, der kommer, og at besøgene er roligere.",
             "evidence": "Interviews med 12 brugere og 2 pårørende, efterår 2015", "date": dt.date(2015, 11, 20)},
            {"bottom_line": BottomLine.STAFF_WELLBEING, "verdict": Verdict.PLUS,
             "justification": "Medarbejderne oplever mere ansvar og bedre faglig sparring i teamene.",
             "evidence": "Fokusgrupper med 3 teams (17 medarbejdere)", "date": dt.date(2015, 11, 20)},
        ],
    )

    frinova = (
        {
            "name": "FriNoVa",
            "unit": "Socialt Psykiatrisk Center Nord Vest",
            "start_date": dt.date(2013, 3, 1),
            "status": TrialStatus.ACTIVE,
            "contact_person": "Projektleder, FriNoVa (demo)",
            "purpose": (
                "Fricenterforsøg og nationalt styringslaboratorium (med MindLab): mere tid til borgerne og "
                "mindre til dokumentation, der ikke skaber sikkerhed, læring eller tillid. Borgerne lægger "
                "selv deres plan for recovery.\n\n" + ILLUSTRATIVE
            ),
            "target_group": "Borgere med sindslidelser i centrets botilbud og støttetilbud, og centrets medarbejdere.",
            "theory_of_change": (
                "## Problem\nMeget tid går med dokumentation og regler, der ikke giver borgeren noget.\n\n"
                "## Aktiviteter\n- Fritagelse for udvalgte dokumentationskrav\n"
                "- Recovery-plan lagt af borgeren sammen med en fast kontaktperson\n"
                "- Dialogmøder med borgerne om tilbuddets indhold\n\n"
                "## Forventet forandring\nMere tid sammen med borgerne, flere borgere med egen plan, højere "
                "livskvalitet, og medarbejdere med større fagligt råderum."
            ),
        },
        [
            _Spec("Borgere med egen recovery-plan", _ind(
                description="Andel af borgerne, der har en recovery-plan, som de selv har formuleret.",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.CITIZEN, measure_type=MeasureType.PROPORTION,
                unit="%", direction=Direction.INCREASE, decimals=0, valid_min=0, valid_max=100,
                target_value=75.0, target_date=dt.date(2015, 6, 30),
                data_source="Journalgennemgang", frequency=Frequency.QUARTERLY,
                theme="Borgerinddragelse", bottom_line=BottomLine.POLITICAL),
                _proportion_series(0.28, 0.66, (110, 130), ramp_months=12), "improved", step=3,
                first=dt.date(2011, 7, 1)),
            _Spec("Tid til dokumentation", _ind(
                description="Timer pr. medarbejder pr. uge brugt på dokumentation (selvregistrering i en "
                "typisk uge hver måned).",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.STAFF, measure_type=MeasureType.VALUE,
                unit="timer pr. uge", direction=Direction.DECREASE, decimals=1, valid_min=0, valid_max=40,
                target_value=4.0, data_source="Tidsregistrering", frequency=Frequency.MONTHLY,
                theme="Dokumentation", bottom_line=BottomLine.PRODUCTIVITY),
                _mean_series(7.4, -2.6, 2.1, (38, 46), 0.35, ramp_months=6), "improved"),
            _Spec("Borgernes livskvalitet", _ind(
                description="Gennemsnitlig selvvurderet livskvalitet (0-10) i den halvårlige samtale.",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.CITIZEN, measure_type=MeasureType.VALUE,
                unit="score 0-10", direction=Direction.INCREASE, decimals=1, valid_min=0, valid_max=10,
                target_value=6.5, data_source="Samtaleskema", frequency=Frequency.QUARTERLY,
                theme="Livskvalitet", bottom_line=BottomLine.SERVICE),
                _mean_series(5.1, 1.1, 1.9, (95, 115), 0.12, ramp_months=12), "improved", step=3,
                first=dt.date(2011, 7, 1)),
            _Spec("Klager over afgørelser", _ind(
                description="Antal klager over afgørelser pr. måned.",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.CITIZEN, measure_type=MeasureType.COUNT,
                unit="klager pr. måned", direction=Direction.DECREASE, decimals=0, valid_min=0,
                data_source="Klageregistrering", frequency=Frequency.MONTHLY,
                theme="Klager", bottom_line=BottomLine.LEGAL_RIGHTS),
                _count_series(4.0, 4.0), "no-change", first=dt.date(2011, 7, 1)),
            _Spec("Dialogmøder med borgerne", _ind(
                description="Antal afholdte dialogmøder med borgerne om tilbuddets indhold pr. måned.",
                kind=IndicatorKind.PROCESS, stakeholder=Stakeholder.ORGANISATION, measure_type=MeasureType.COUNT,
                unit="møder pr. måned", direction=Direction.INCREASE, decimals=0, valid_min=0,
                target_value=6.0, data_source="Mødekalender", frequency=Frequency.MONTHLY,
                theme="Borgerinddragelse", bottom_line=BottomLine.SERVICE),
                _count_series(1.0, 6.5, ramp_months=4), "improved"),
        ],
        [(dt.date(2013, 3, 1), "Fritagelse for dokumentationskrav"), (dt.date(2013, 10, 1), "Recovery-planer indført"),
         (dt.date(2014, 9, 1), "Styringslaboratoriet afrapporterer")],
        [
            {"bottom_line": BottomLine.LEGAL_RIGHTS, "verdict": Verdict.NEUTRAL,
             "justification": "Færre dokumentationskrav har ikke svækket borgernes retssikkerhed; afgørelser "
             "begrundes og journaliseres som før.",
             "evidence": "Stikprøve af 40 afgørelser, gennemgået af Socialforvaltningens jurister",
             "date": dt.date(2015, 9, 1)},
            {"bottom_line": BottomLine.PRODUCTIVITY, "verdict": Verdict.PLUS,
             "justification": "Den sparede dokumentationstid bruges på samvær og aktiviteter med borgerne.",
             "evidence": "Tidsregistrering og 6 medarbejderinterviews", "date": dt.date(2015, 9, 1)},
        ],
    )

    boformer = (
        {
            "name": "Center for Selvstændige Boformer",
            "unit": "Center for Selvstændige Boformer",
            "start_date": dt.date(2013, 5, 1),
            "status": TrialStatus.ACTIVE,
            "contact_person": "Projektleder, boformerne (demo)",
            "purpose": (
                "Fricenterforsøg: beboerne får mere indflydelse på deres eget forløb, og støtten rettes mod "
                "uddannelse, beskæftigelse og egen bolig.\n\n" + ILLUSTRATIVE
            ),
            "target_group": "Beboere i centrets selvstændige boformer (pseudonymiserede), og centrets medarbejdere.",
            "theory_of_change": (
                "## Problem\nBeboerne bliver længe i tilbuddet, og få kommer i uddannelse eller job.\n\n"
                "## Aktiviteter\n- Beboerne sætter selv mål sammen med en fast kontaktperson\n"
                "- Samarbejde med jobcenter og uddannelsessteder\n- Hurtigere sagsbehandling uden for faste møder\n\n"
                "## Forventet forandring\nFlere beboere i uddannelse eller beskæftigelse, færre akutte "
                "indlæggelser og sager afgjort inden for fristen."
            ),
        },
        [
            _Spec("Beboere i uddannelse eller beskæftigelse", _ind(
                description="Andel af beboerne, der er i uddannelse eller beskæftigelse ved månedens udgang.",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.CITIZEN, measure_type=MeasureType.PROPORTION,
                unit="%", direction=Direction.INCREASE, decimals=0, valid_min=0, valid_max=100,
                target_value=35.0, target_date=dt.date(2015, 12, 31),
                data_source="Beboerregistrering", frequency=Frequency.MONTHLY,
                theme="Uddannelse og beskæftigelse", bottom_line=BottomLine.POLITICAL),
                _proportion_series(0.14, 0.31, (150, 170), ramp_months=15), "improved"),
            _Spec("Sager afgjort inden for fristen", _ind(
                description="Andel af sager om ændret støtte, der er afgjort inden for den lovbestemte frist.",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.CITIZEN, measure_type=MeasureType.PROPORTION,
                unit="%", direction=Direction.INCREASE, decimals=0, valid_min=0, valid_max=100,
                target_value=95.0, data_source="Sagssystemet", frequency=Frequency.MONTHLY,
                theme="Sagsbehandlingstid", bottom_line=BottomLine.LEGAL_RIGHTS),
                _proportion_series(0.78, 0.93, (35, 50), ramp_months=6), "improved"),
            _Spec("Akutte indlæggelser", _ind(
                description="Akutte psykiatriske indlæggelser pr. 1.000 beboerdøgn.",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.CITIZEN, measure_type=MeasureType.RATE,
                unit="pr. 1.000 beboerdøgn", direction=Direction.DECREASE, decimals=2, valid_min=0,
                rate_per=1000.0, data_source="Indlæggelsesregistrering", frequency=Frequency.MONTHLY,
                theme="Indlæggelser", bottom_line=BottomLine.PRODUCTIVITY),
                _rate_series(2.4, 1.3, (4700, 5000), 1000.0, ramp_months=10), "improved"),
            _Spec("Beboertilfredshed", _ind(
                description="Andel beboere, der er tilfredse eller meget tilfredse med støtten (kvartalsvis).",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.CITIZEN, measure_type=MeasureType.PROPORTION,
                unit="%", direction=Direction.INCREASE, decimals=0, valid_min=0, valid_max=100,
                target_value=80.0, data_source="Beboerundersøgelse", frequency=Frequency.QUARTERLY,
                theme="Brugertilfredshed", bottom_line=BottomLine.SERVICE),
                _proportion_series(0.71, 0.71, (110, 130)), "no-change", step=3, first=dt.date(2011, 10, 1)),
            _Spec("Sygefravær", _ind(
                description="Sygefraværsdage i procent af planlagte arbejdsdage.",
                kind=IndicatorKind.EFFECT, stakeholder=Stakeholder.STAFF, measure_type=MeasureType.VALUE,
                unit="% af arbejdsdage", direction=Direction.DECREASE, decimals=1, valid_min=0, valid_max=100,
                target_value=5.0, data_source="Lønsystemet (fraværsregistrering)", frequency=Frequency.MONTHLY,
                theme="Sygefravær", bottom_line=BottomLine.STAFF_WELLBEING),
                _value_series(5.2, 2.1, 0.4, ramp_months=14), "worsened"),
        ],
        [(dt.date(2013, 5, 1), "Forsøget starter"), (dt.date(2014, 1, 1), "Aftale med jobcentret"),
         (dt.date(2014, 8, 1), "Omorganisering af nattevagter")],
        [
            {"bottom_line": BottomLine.STAFF_WELLBEING, "verdict": Verdict.NEUTRAL,
             "justification": "Sygefraværet er steget, men hænger ifølge ledelsen sammen med omorganiseringen "
             "af nattevagterne, ikke med forsøget.",
             "evidence": "Ledelsens vurdering og 2 dialogmøder med MED-udvalget", "date": dt.date(2015, 10, 1)},
        ],
    )
    return [home, frinova, boformer]


for _trial, _specs, _ms, _as in _trials():
    for _spec in _specs:
        EXPECTED_STATUS[f"{_trial['name']} / {_spec.name}"] = _spec.expected


def write_demo(path: str | Path, *, force: bool = False) -> Path:
    """Write the demo database to ``path`` (refusing to overwrite an existing file unless ``force``).

    ``path`` may also be a shared database's URL (postgresql://…, set up with ``setup``): the demo trials
    are then added to it (refused when it already holds a trial of the same name)."""
    if isinstance(path, str) and "://" in path:
        _write_demo_into(open_database(path))
        return path  # type: ignore[return-value]
    path = Path(path)
    if path.exists():
        if not force:
            raise StorageError(Text(f"{path} findes allerede; brug --force for at overskrive den.",
                                    f"{path} already exists; use --force to overwrite it."))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    else:
        refuse_orphan_wal(path)  # SQLite would replay a stray -wal into the new file
    # Written under a temporary name and renamed when complete: an interrupted first start (the
    # program killed while the demo is written) never leaves an empty demo database behind for good.
    final, path = path, path.with_name(path.name + ".part")
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    try:
        _write_demo_into(open_database(path))  # closed when written: SQLite checkpoints and removes the -wal
    except BaseException:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    if Path(f"{path}-wal").exists():
        raise StorageError(Text(f"Demodatabasen {final} kunne ikke gøres færdig.",
                                f"The demo database {final} could not be completed."))
    os.replace(path, final)
    return final


def _write_demo_into(db: Database) -> None:
    """The demo trials written into ``db`` in one transaction; ``db`` is closed afterwards."""
    rng = np.random.default_rng(SEED)
    try:
        with db.write(user=USER, now=CLOCK) as s:
            for tvals, specs, milestones, assessments in _trials():
                trial = Trial(id=_id(tvals["name"]), is_demo=True, created_at=CLOCK, updated_at=CLOCK, **tvals)
                validate_trial(trial)
                s.add(trial)
                s.flush()
                for order, spec in enumerate(specs):
                    ind = Indicator(id=_id(trial.name, spec.name), trial_id=trial.id, name=spec.name,
                                    display_order=order, created_at=CLOCK, updated_at=CLOCK, **spec.values)
                    validate_indicator(ind)
                    s.add(ind)
                    s.flush()
                    dates = _months(spec.first, END, spec.step)
                    for row in spec.series(rng, dates, trial.start_date):
                        if "numerator" in row and ind.measure_type is MeasureType.PROPORTION:
                            row["value"] = round(derived_value(ind, row["numerator"], row["denominator"]), 4)
                        m = Measurement(id=_id(trial.name, spec.name, row["date"].isoformat()),
                                        indicator_id=ind.id, created_at=CLOCK, updated_at=CLOCK, **row)
                        validate_measurement(ind, m)
                        s.add(m)
                for date, text in milestones:
                    s.add(Milestone(id=_id(trial.name, "milestone", date.isoformat()), trial_id=trial.id,
                                    date=date, text=text))
                for a in assessments:
                    s.add(Assessment(id=_id(trial.name, "assessment", a["bottom_line"].value),
                                     trial_id=trial.id, **a))
                s.flush()
    finally:
        db.close()
