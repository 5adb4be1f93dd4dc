"""What a fact denies is read in its value too ("vectors not followed", where the statement denies it in other
words); "non-nuclear" is a word that denies nothing after it; and a count of none says no to a question whether
there were any ("Ci furono feriti?" of "0 injured")."""

from __future__ import annotations

import json
from typing import Any

import pytest

CRASH = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: flight, kind: event, names: {en: [the crash], it: [lo schianto]}}
facts:
  - id: vectors
    type: event
    value: {name: {en: vectors not followed, it: vettori non seguiti}}
    statement: {en: The crew did not adhere to the established vectors issued by the tower., it: "L'equipaggio non rispettò i vettori stabiliti dalla torre."}
    entities: [flight]
    status: stated
    source: {id: paper, excerpt: did not adhere to the vectors}
  - id: injured
    type: count
    value: {number: 0, unit: {en: injured, it: feriti}}
    statement: {en: The crash left no injured., it: Lo schianto non lasciò feriti.}
    entities: [flight]
    status: stated
    source: {id: paper, excerpt: no injured}
  - id: cause
    type: event
    value: {name: {en: failures in the non-nuclear engine system, it: guasti nel sistema motore non nucleare}}
    statement: {en: The crash began with failures in the non-nuclear engine system., it: Lo schianto iniziò con guasti nel sistema motore non nucleare.}
    entities: [flight]
    status: stated
    source: {id: paper, excerpt: failures in the engine system}
"""


@pytest.mark.parametrize(("claim", "verdict", "fact"), [
    ("Did the crew follow the vectors issued by the tower?", "contradicted", "vectors"),
    ("Ci furono feriti nello schianto?", "contradicted", "injured"),
    ("Claim: the crash left 3 injured", "contradicted", "injured"),
    ("Claim: the crash began with failures in the engine system", "confirmed", "cause"),
])
def test_denials_in_values_and_counts_of_none(run: Any, write: Any, claim: str, verdict: str, fact: str) -> None:
    result = run("ask", claim, "-f", str(write(CRASH)), "--format", "json")
    data = json.loads(result.stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, fact), result.stdout


CONDUCTOR = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
facts:
  - id: rossi-conducted
    type: event
    value: {name: {en: Rossi conducted the premiere, it: Rossi diresse la prima}}
    statement: {en: Ada Rossi conducted the premiere despite her lack of experience., it: Ada Rossi diresse la prima pur priva di esperienza.}
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: despite her lack of experience}
"""


@pytest.mark.parametrize("claim", ["Was Ada Rossi an experienced conductor?", "È vero che Ada Rossi aveva esperienza?"])
def test_a_lack_denies_what_it_lacks(run: Any, write: Any, claim: str) -> None:
    """"lack of experience", "priva di esperienza" deny experience, as "no experience" does: not a confirmation."""
    data = json.loads(run("ask", claim, "-f", str(write(CONDUCTOR)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("contradicted", "rossi-conducted"), data


PREMIERE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: opera, kind: thing, names: {en: [Il Corsaro Nero, the opera], it: [Il Corsaro Nero, l'opera]}}
facts:
  - id: premiere-date
    type: date
    value: {date: "1868-03-05"}
    statement: {en: Il Corsaro Nero premiered on 5 March 1868 in Milan., it: Il Corsaro Nero debuttò il 5 marzo 1868 a Milano.}
    entities: [opera]
    status: stated
    source: {id: paper, excerpt: premiered on 5 March 1868}
"""


@pytest.mark.parametrize("claim", ["Claim: Il Corsaro Nero premiered in 1868 to a triumph.",
                                   "È vero che Il Corsaro Nero debuttò nel 1868 con un trionfo?"])
def test_a_success_or_failure_the_fact_does_not_tell_is_not_confirmed(run: Any, write: Any, claim: str) -> None:
    """A triumph or a fiasco excludes the other: a fact that tells neither (only the premiere's date) cannot
    confirm the claim of one."""
    data = json.loads(run("ask", claim, "-f", str(write(PREMIERE)), "--format", "json").stdout)
    assert data["verdict"] == "not in the facts", data


TRACK = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: line, kind: thing, names: {en: [the Hill Railway], it: [la Ferrovia della Collina]}}
facts:
  - id: line-track
    type: event
    value: {name: {en: a double-track line, it: una linea a doppio binario}}
    statement: {en: The Hill Railway was a double-track line., it: La Ferrovia della Collina era a doppio binario.}
    entities: [line]
    status: stated
    source: {id: paper, excerpt: a double-track line}
"""


@pytest.mark.parametrize(("claim", "verdict"), [("La Ferrovia della Collina era a binario unico?", "contradicted"),
                                                ("Was the Hill Railway a single-track line?", "contradicted"),
                                                ("Was the Hill Railway a double-track line?", "confirmed")])
def test_single_and_double_exclude_each_other(run: Any, write: Any, claim: str, verdict: str) -> None:
    """A single track is not a double one: the fact that says "doppio binario" corrects "binario unico"."""
    data = json.loads(run("ask", claim, "-f", str(write(TRACK)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, "line-track"), data


FIRE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: firemen, kind: organisation, names: {en: [the firemen, the fire brigade], it: [i pompieri]}}
facts:
  - id: fire-left
    type: event
    value: {name: {en: fire left to burn, it: incendio lasciato bruciare}}
    statement:
      en: The firemen declined to extinguish the flames in the wreck.
      it: I pompieri si rifiutarono di domare le fiamme nel relitto.
    entities: [firemen]
    status: stated
    source: {id: paper, excerpt: declined to extinguish the flames}
  - id: wreck-burned
    type: count
    value: {number: 3, unit: {en: hours, it: ore}}
    statement: {en: The wreck burned for three hours., it: Il relitto bruciò per tre ore.}
    entities: []
    status: stated
    source: {id: paper, excerpt: burned for three hours}
"""


@pytest.mark.parametrize("claim", ["Did the firemen extinguish the flames?", "I pompieri domarono le fiamme?"])
def test_what_someone_declined_to_do_is_denied(run: Any, write: Any, claim: str) -> None:
    """"Declined to extinguish", "si rifiutarono di domare": the fact says they did not."""
    data = json.loads(run("ask", claim, "-f", str(write(FIRE)), "--format", "json").stdout)
    assert data["verdict"] == "contradicted", data


def test_a_decline_is_no_refusal_without_to(run: Any, write: Any) -> None:
    """The negative case: "the flames declined" refuses nothing; a claim of what the fact says is confirmed."""
    data = json.loads(run("ask", "Did the wreck burn for three hours?", "-f", str(write(FIRE)), "--format", "json").stdout)
    assert data["verdict"] == "confirmed", data


RUN = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: express, kind: thing, names: {en: [the Express], it: [l'Express]}}
  - {id: lyon, kind: place, names: {en: [Lyon], it: [Lione]}}
  - {id: nice, kind: place, names: {en: [Nice], it: [Nizza]}}
facts:
  - id: nonstop-run
    type: date
    value: {date: "1931-05-02"}
    statement: {en: On 2 May 1931 the Express ran without stops from Lyon to Nice., it: Il 2 maggio 1931 l'Express corse senza fermate da Lione a Nizza.}
    entities: [express, lyon, nice]
    status: stated
    source: {id: paper, excerpt: ran without stops from Lyon to Nice}
  - id: no-mail
    type: event
    value: {name: {en: the return of the Express, it: il ritorno dell'Express}}
    statement: {en: The Express came back without leaving mail at Nice., it: L'Express tornò senza aver lasciato posta a Nizza.}
    entities: [express, nice]
    status: stated
    source: {id: paper, excerpt: came back without leaving mail at Nice}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("L'Express corse da Lione a Nizza nel 1931?", "confirmed"),  # "senza fermate" denies the stops, not Lione
    ("Claim: the Express ran from Lyon to Nice in 1931.", "confirmed"),
    ("È vero che l'Express lasciò posta a Nizza?", "contradicted"),  # past "aver", the verb and its object
    ("Claim: the Express left mail at Nice.", "contradicted"),
])
def test_without_denies_its_object_not_what_follows(run: Any, write: Any, claim: str, verdict: str) -> None:
    """'senza fermate da Lione': without stops, from Lyon; 'senza aver lasciato posta': no mail was left."""
    out = json.loads(run("ask", claim, "-f", str(write(RUN)), "--format", "json").stdout)
    assert out["verdict"] == verdict, out


RACE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: giro, kind: event, names: {en: [the 1948 Giro, the Giro], it: [il Giro del 1948, il Giro]}}
facts:
  - id: rossi-out
    type: event
    value: {name: {en: Rossi's refusal to take part, it: la rinuncia di Rossi}}
    statement:
      en: Rossi and Verdi argued over who would lead the team; in the end Rossi refused to participate and Verdi led it.
      it: Rossi e Verdi litigarono su chi dovesse guidare la squadra; alla fine Rossi rifiutò di partecipare e Verdi la guidò.
    entities: [rossi, giro]
    status: stated
    source: {id: paper, excerpt: Rossi refused to participate}
"""


def test_a_refusal_named_denies_what_was_refused(run: Any, write: Any) -> None:
    """"Rossi's refusal to take part": the claim that Rossi took part is contradicted, not confirmed."""
    data = json.loads(run("ask", "Did Rossi take part in the 1948 Giro?", "-f", str(write(RACE)), "--format", "json").stdout)
    assert data["verdict"] == "contradicted" and data["answer"]["id"] == "rossi-out", data


ORCHESTRA = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: gala, kind: event, names: {en: [the gala], it: [il gala]}}
facts:
  - id: rossi-busy
    type: event
    value: {name: {en: Rossi kept away, it: Rossi assente}}
    statement:
      en: Rossi could not conduct the gala, busy in Vienna.
      it: Rossi non poté dirigere il gala, impegnata a Vienna.
    entities: [rossi, gala]
    status: stated
    source: {id: paper, excerpt: Rossi non poté dirigere il gala}
"""


def test_a_denial_reaches_another_form_of_an_irregular_verb(run: Any, write: Any) -> None:
    """"Non poté dirigere" denies "diresse", a form of the same verb that shares no stem with it."""
    data = json.loads(run("ask", "È vero che Rossi diresse il gala?", "-f", str(write(ORCHESTRA)), "--format", "json").stdout)
    assert data["verdict"] == "contradicted" and data["answer"]["id"] == "rossi-busy", data
