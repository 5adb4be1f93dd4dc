"""factcli.core: the model's dict forms and values, and the text normaliser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcli.core.clock import clock_time
from factcli.core.model import (
    Bilingual,
    CountValue,
    DateValue,
    Entity,
    EventValue,
    Fact,
    LocationValue,
    QuoteValue,
    Source,
    Value,
    place_of,
    value_from_dict,
    value_texts,
    value_to_dict,
)
from factcli.core.text import edit_distance, fold, stem, term_set, terms, words

BI = Bilingual(it="viaggio", en="trip")


def _fact(value: Value, kind: str) -> Fact:
    return Fact(f"f-{kind}", kind, value, Bilingual("Testo.", "Text."), ("ada",), ("t",), "stated", "src", "an excerpt")


@pytest.mark.parametrize(("kind", "value"), [
    ("date", DateValue("1815-12", "early")),
    ("location", LocationValue(Bilingual("Londra", "London"), None, Bilingual("Regno Unito", "United Kingdom"))),
    ("count", CountValue(2.5, Bilingual("anni", "years"), BI)),
    ("quote", QuoteValue("Ciao", "it", "ada", to=BI, translation={"en": "Hello"})),
    ("event", EventValue(Bilingual("il congresso", "the congress"))),
])
def test_a_fact_survives_its_dict_form(kind: str, value: Value) -> None:
    fact = _fact(value, kind)
    again = Fact.from_dict(fact.to_dict())
    assert again == fact and type(again.value) is type(value)
    assert value_from_dict(kind, value_to_dict(value)) == value


def test_a_dict_form_is_read_as_its_own_type_only() -> None:
    with pytest.raises(KeyError):
        value_from_dict("date", value_to_dict(CountValue(3, BI)))
    changed = {**_fact(DateValue("2019"), "date").to_dict(), "value": {"date": "2020", "qualifier": None}}
    assert Fact.from_dict(changed) != _fact(DateValue("2019"), "date")


def test_date_precision_follows_what_is_written() -> None:
    assert [DateValue(d).precision for d in ("2019", "2019-05", "2019-05-04")] == ["year", "month", "day"]


def test_value_texts_are_the_words_a_value_says_not_its_codes() -> None:
    texts = value_texts(QuoteValue("Ciao", "it", "ada", when=Bilingual("ieri", "yesterday"), translation={"en": "Hi"}))
    assert sorted(texts) == ["Ciao", "Hi", "ieri", "yesterday"]
    assert "it" not in texts and "ada" not in texts
    assert "early" not in value_texts(DateValue("2019", "early"))


def _walked(obj: object) -> list[str]:
    """value_texts as first written: every string of the dict form, but under lang, qualifier and speaker."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [t for key, item in obj.items() if key not in ("lang", "qualifier", "speaker") for t in _walked(item)]
    return []


_TEXT = st.text(max_size=8)
_BI = st.builds(Bilingual, _TEXT, _TEXT)
_VALUES = st.one_of(
    st.builds(DateValue, _TEXT, st.none() | _TEXT),
    st.builds(LocationValue, _BI, st.none() | _BI, st.none() | _BI),
    st.builds(CountValue, st.integers() | st.floats(), _BI, st.none() | _BI),
    st.builds(QuoteValue, _TEXT, _TEXT, _TEXT, st.none() | _BI, st.none() | _BI,
              st.dictionaries(st.sampled_from(["it", "en"]), _TEXT)),
    st.builds(EventValue, _BI),
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_VALUES)
def test_value_texts_are_the_strings_of_the_dict_form_in_order(value: Value) -> None:
    """value_texts, written out per type for speed, says what walking the dict form says, in the same order."""
    assert value_texts(value) == _walked(value_to_dict(value))


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(st.text(), max_size=3))
def test_term_set_finds_the_terms_terms_finds(texts: list[str]) -> None:
    """term_set, which splits at whitespace first, finds every term terms() finds and no other, in any text."""
    assert term_set(*texts) == {t for text in texts for t in terms(text)}


def test_entity_names_fall_back_to_the_other_language_then_the_id() -> None:
    ada = Entity("ada", "person", {"en": ("Ada Lovelace", "Ada"), "it": ("Ada Lovelace",)})
    assert ada.name("it") == "Ada Lovelace" and ada.all_names() == ["Ada Lovelace", "Ada"]
    english_only = Entity("bob", "person", {"en": ("Bob",)})
    assert english_only.name("it") == "Bob"
    assert Entity("x", "thing", {}).name("en") == "x"


def test_records_are_values_and_cannot_be_changed() -> None:
    source = Source("src", "A title", "en")
    assert source == Source.from_dict(source.to_dict()) and hash(source) == hash(Source("src", "A title", "en"))
    assert source != Source("src", "Another title", "en")
    with pytest.raises(AttributeError):
        source.title = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Source("src")  # type: ignore[call-arg]


def test_fold_lowers_strips_accents_and_splits_elisions() -> None:
    assert fold("L'Estero è Città") == "l estero e citta"
    assert fold("Nord-Corea") == "nord corea"
    assert fold("plain") == "plain"


def test_words_are_folded_in_order_with_elided_words_whole() -> None:
    assert words("Com'è l'Italia, oggi?") == ["come", "e", "l", "italia", "oggi"]
    assert words("didn't") == ["did", "t"]
    assert words("  ...  ") == []


def test_letters_unicode_does_not_decompose_fold_to_plain_ones() -> None:
    """"Białystok" is "bialystok" (it was "bia" and "ystok"), as are "Øresund", "Straße", "Æthelred", "Łódź"."""
    assert words("Białystok, Øresund, Straße, Æthelred") == ["bialystok", "oresund", "strasse", "aethelred"]
    assert fold("Łódź") == "lodz" and words("Bialystok") == words("Białystok")


def test_stem_meets_word_forms_and_leaves_short_words() -> None:
    assert stem("viaggio") == stem("viaggi") == "viagg"
    assert stem("trips") == stem("trip") == "trip"
    assert stem("travelled") == "travel" and stem("planning") == "plan"
    assert stem("the") == "the" and stem("2019") == "2019"
    assert stem("nation") != stem("notion")


def test_a_short_verb_doubling_its_consonant_meets_its_word() -> None:
    """"mapping", "mapped" are "map"; "getting" is "get"; a word that ends doubled stays whole ("buzzing" is
    "buzz", "stuffed" "stuff"), and a short base is not cut ("adding" is "add")."""
    assert stem("mapping") == stem("mapped") == stem("map") == "map" and stem("getting") == stem("get")
    assert stem("buzzing") == stem("buzz") and stem("stuffed") == stem("stuff") and stem("adding") == "add"


def test_a_three_letter_verb_in_ie_meets_its_past_and_ing_forms() -> None:
    """"died", "dies", "dying" are "die"; "tied", "lying" are "tie", "lie" (a new user's "When did X die?" found
    no fact saying "died"); a longer word in -ied is cut as before ("carried")."""
    assert stem("died") == stem("dies") == stem("dying") == stem("die") == "die"
    assert stem("tied") == "tie" and stem("lying") == "lie" and stem("carried") == stem("carries")


def test_terms_drop_stopwords_and_stem_the_rest() -> None:
    assert terms("The trips of the year") == ["trip", "year"]
    assert terms("il viaggio e i viaggi") == ["viagg", "viagg"]
    assert terms("of the and") == []


@pytest.mark.parametrize(("a", "b", "limit", "expected"), [
    ("kitten", "sitting", 3, 3),
    ("trip", "trip", 1, 0),
    ("trip", "tirp", 1, 1),  # a transposition is one edit
    ("abc", "xyz", 1, 2),  # past the limit: limit + 1
    ("a", "abcd", 2, 3),  # lengths alone rule it out
])
def test_edit_distance(a: str, b: str, limit: int, expected: int) -> None:
    assert edit_distance(a, b, limit) == expected


def test_a_number_with_thousands_or_tenths_is_no_clock_time() -> None:
    """"9.846 chilometri" (Italian thousands) and "3:59.4" (a race time) are no times of day; "17.30" and
    "12:07:44 p.m." are."""
    assert clock_time("passò a 9.846 chilometri da Marte") is None and clock_time("ran the mile in 3:59.4") is None
    assert clock_time("alle 17.30, poi") == "17.30" and clock_time("at 12:07:44 p.m.") == "12:07:44 p.m."


def test_a_time_something_took_is_no_clock_time() -> None:
    """"finished fifth in 2:55:38", "con il tempo di 2:55:18" say how long; "at 2:55" and "in 10:30 p.m." when."""
    assert clock_time("finishing fifth at the marathon, in 2:55:38, running") is None
    assert clock_time("vinse con il tempo di 2:55:18") is None
    assert clock_time("the race started at 2:55, in the sun") == "2:55"
    assert clock_time("landed in 10:30 p.m. fog") == "10:30 p.m."


def test_a_clock_time_takes_its_zone_but_not_the_next_word() -> None:
    """"12:30 pm on January 15" is 12:30 pm; "5:47 a.m. EDT" keeps its zone, "alle 12:30 del" drops "del"."""
    assert clock_time("collapsed at about 12:30 pm on January 15") == "12:30 pm"
    assert clock_time("alle 12:30 del 15 gennaio") == "12:30"
    assert clock_time("splashed down at 5:47 a.m. EDT, Tuesday") == "5:47 a.m. EDT"
    # Seconds belong to it; "am" must end a word ("Apollo 13 ammarò" says no time: found by a new user's trial).
    assert clock_time("splashed down at 12:07:44 p.m. CST on") == "12:07:44 p.m. CST"
    assert clock_time("Apollo 13 ammarò alle 12:07:44 (ora CST)") == "12:07:44"
    assert clock_time("Apollo 13 ammarò nel Pacifico") is None
    assert clock_time("no time here") is None


@pytest.mark.parametrize(("text", "time"), [
    ("The race started at 2:53 in the morning from Milan.", "2:53 in the morning"),
    ("La corsa partì alle 2:53 del mattino da Milano.", "2:53 del mattino"),
    ("Il treno arrivò alle 9 di sera.", "9 di sera"),
    ("The bells rang at 11 p.m. at night", "11 p.m."),
])
def test_a_clock_time_keeps_the_part_of_the_day_written_after_it(text: str, time: str) -> None:
    """"2:53" alone could be night or afternoon: the part of the day written after it is part of the answer
    (found by a new user's trial)."""
    assert clock_time(text) == time


@pytest.mark.parametrize(("word", "value"), [("ventuno", 21), ("ventotto", 28), ("trentatre", 33), ("novantanove", 99),
                                             ("quarantadue", 42)])
def test_an_italian_number_of_tens_and_units_in_one_word_is_a_number(word: str, value: int) -> None:
    """"ventuno miglia" is 21 miles: the tens and units written as one word, the ten's vowel dropped before uno
    and otto (found by a new user's trial, whose file wrote "ventuno miglia orarie")."""
    from factcli.core.numbers import number_of, same_number

    assert number_of(word) == value and word in same_number(str(value))


def test_a_count_s_bound_is_read_from_the_words_before_its_number() -> None:
    """"more than fifty" bounds 50 from above it, "circa 330" around it, "non meno di 40" from 40 up; a number
    stated bare has no bound, and the fact's own qualifier wins over its statement."""
    from factcli.core.numbers import bound_before, count_bound

    assert bound_before("for more than fifty wealthy men", 50) == "over"
    assert bound_before("per piu di cinquanta uomini", 50) == "over" and bound_before("circa 330 metri", 330) == "circa"
    assert bound_before("over 20,000,000 tons", 2e7) == "over" and bound_before("non meno di 40 anni", 40) == "at-least"
    assert bound_before("the flood killed 2,209 people", 2209) is None and bound_before("more than 60", 50) is None
    from factcli.core.model import Bilingual, CountValue, Fact

    def count(statement: str, qualifier: str | None = None) -> Fact:
        value = CountValue(50, Bilingual("soci", "members"), None, qualifier)
        return Fact("f", "count", value, Bilingual(statement, statement), (), (), "stated", "s", "e")

    assert count_bound(count("more than fifty", "under")) == "under" and count_bound(count("about 50")) == "circa"
    assert count_bound(count("fifty members")) is None


def test_a_claimed_number_agrees_with_a_bound_as_people_read_it() -> None:
    """60 may be "more than 50", 40 and 120 cannot; 320 may be "about 330", 200 cannot; 50 is "at least 50"."""
    from factcli.core.numbers import within

    assert within("over", 50, 60) is None and within("over", 50, 40) is False and within("over", 50, 120) is False
    assert within("over", 50, 50) is None and within("at-least", 50, 50) is True
    assert within("circa", 330, 320) is None and within("circa", 330, 200) is False and within(None, 5, 6) is False


def test_ordinals_past_the_tenth_and_roman_numerals_have_their_rank() -> None:
    """"eleventh", "11th", "undicesimo", "ventitreesima", "twelfth" rank; "month" and "medesimo" do not; "XIV" is
    14, "CIVIL" and a lone "I" are no numbers."""
    from factcli.core.numbers import ordinal_value, roman

    assert [ordinal_value(w) for w in ("eleventh", "11th", "undicesimo", "ventitreesima", "twelfth")] == [11, 11, 11, 23, 12]
    assert ordinal_value("month") is None and ordinal_value("medesimo") is None
    assert roman("XIV") == 14 and roman("XX") == 20 and roman("CIVIL") is None and roman("I") is None


_PLACES = {e.id: e for e in (Entity("oslo", "place", {"en": ("Oslo",), "it": ("Oslo",)}),
                               Entity("rome", "place", {"en": ("Rome",), "it": ("Roma",)}),
                               Entity("norway", "country", {"en": ("Norway",), "it": ("Norvegia",)}),
                               Entity("ada", "person", {"en": ("Ada Neri",), "it": ("Ada Neri",)}))}


def _said(en: str, it: str, *ents: str) -> Fact:
    return Fact("f", "date", DateValue("1900"), Bilingual(it, en), ("ada", *ents), (), "stated", "src", "e")


def test_the_place_a_fact_says_something_happened_in() -> None:
    """"died in Oslo" (a place before its country): Oslo; "moved to Rome", "the Oslo summit": no place it
    happened in; two places of the same standing: none; a place the question names is not the answer."""
    place = _PLACES.get
    died = _said("Ada died in Oslo, Norway, in 1900.", "Ada morì a Oslo, in Norvegia, nel 1900.", "oslo", "norway")
    assert (found := place_of(died, place, {"where", "did", "ada", "died"})) is not None and found.id == "oslo"
    in_norway = place_of(died, place, {"did", "ada", "die", "in", "oslo"})
    assert in_norway is not None and in_norway.id == "norway"
    assert place_of(_said("Ada moved to Rome.", "Ada si trasferì verso Roma.", "rome"), place, {"where"}) is None
    assert place_of(_said("The Oslo summit ended.", "Il vertice di Oslo finì.", "oslo"), place, {"where"}) is None
    assert place_of(_said("Ada lived in Oslo and in Rome.", "Ada visse a Oslo e a Roma.", "oslo", "rome"),
                    place, {"where", "lived"}) is None
    # Far from any word asked, a place is where something else happened.
    thesis = _said("Ada's thesis, on the great storms of the winter of 1880, was printed in Oslo.",
                   "La tesi di Ada, sulle grandi tempeste dell'inverno del 1880, fu stampata a Oslo.", "oslo")
    assert place_of(thesis, place, {"where", "thesis"}) is None
    assert (printed := place_of(thesis, place, {"where", "printed"})) is not None and printed.id == "oslo"


def test_a_place_on_an_island_or_in_a_part_of_a_city_is_where_it_happened() -> None:
    """"died on Oslo" (an island's "on"), "born in central Oslo", "nel centro di Oslo": Oslo; "born in 1900, Oslo's
    year of the fair" names no place after "in" (the negative case)."""
    place = _PLACES.get
    on = _said("Ada died on 6 May 1900 on Oslo.", "Ada morì il 6 maggio 1900.", "oslo")
    assert (found := place_of(on, place, {"where", "did", "ada", "die"})) is not None and found.id == "oslo"
    central = _said("Ada was born in 1900 in central Oslo.", "Ada nacque nel 1900 nel centro di Oslo.", "oslo")
    assert (born := place_of(central, place, {"where", "was", "ada", "born"})) is not None and born.id == "oslo"
    italian = _said("Ada was born in 1900.", "Ada nacque nel 1900 nel centro di Oslo.", "oslo")
    assert (nato := place_of(italian, place, {"dove", "nacque", "ada"})) is not None and nato.id == "oslo"
    year = _said("Ada was born in 1900, the year Oslo held the fair.", "Ada nacque nel 1900.", "oslo")
    assert place_of(year, place, {"where", "was", "ada", "born"}) is None


def test_an_italian_past_in_ette_has_its_infinitives_stem() -> None:
    """"ricevette", "vendettero" are forms of ricevere, vendere (the stemmer leaves "ricevett"); "sette" is no verb."""
    from factcli.core.text import other_stems, stem

    assert other_stems("ricevette") == (stem("ricevuto"),)
    assert other_stems("vendettero") == (stem("venduto"),)
    assert other_stems("sette") == ()


@pytest.mark.parametrize(("text", "time"), [
    ("61.04 N, 147.73 W", None), ("at 5:36 p.m. on Good Friday", "5:36 p.m."), ("alle 20:30", "20:30"),
    ("a 9.5 magnitude at 5:36 p.m.", "5:36 p.m."),
])
def test_a_time_of_day_has_hours_and_minutes_a_clock_shows(text: str, time: str | None) -> None:
    """A latitude ("61.04 N") is no time of day: sixty-one hours are none (it answered "What time...?")."""
    from factcli.core.clock import clock_time

    assert clock_time(text) == time


def test_english_short_words_tell_a_claim_is_english() -> None:
    """"at", "on", "Claim" outweigh a French name's "Le" (the claim was read as Italian)."""
    from factcli.ask.language import detect_lang
    from factcli.core.text import words

    text = "Claim: Lindbergh landed at Le Bourget at 10:22 a.m."
    assert detect_lang(words(text), text) == "en"


@pytest.mark.parametrize("text", ["Nello schianto dell'R101 morirono 52 persone?", "Bazalgette ebbe 9 figli?",
                                  "Affermazione: a Barano 50 persone", "Ci furono feriti?",
                                  "Quanta pioggia cadde ad Amalfi?"])
def test_italian_auxiliaries_and_verb_endings_tell_a_question_is_italian(text: str) -> None:
    """Short Italian questions with no question word, only names and a verb ("ebbe", "morirono") are Italian."""
    from factcli.ask.language import detect_lang
    from factcli.core.text import words

    assert detect_lang(words(text), text) == "it"
    assert detect_lang(words("Did Bazalgette have 9 children?"), "Did Bazalgette have 9 children?") == "en"


@pytest.mark.parametrize(("toks", "at", "rank"), [
    (["carrozze", "di", "prima", "classe"], 2, 1), (["la", "prima", "volta"], 1, 1), (["in", "prima", "pagina"], 1, 1),
    (["prima", "della", "guerra"], 0, None), (["morirono", "prima", "di", "arrivare"], 1, None),
    (["la", "prima", "di", "tre"], 1, None), (["come", "prima"], 1, None), (["arrivati", "prima"], 1, None),
])
def test_prima_is_first_only_after_an_article_and_before_a_noun(toks: list[str], at: int, rank: int | None) -> None:
    """"Di prima classe" is the first class; "prima della guerra", "come prima" are before."""
    from factcli.core.numbers import ordinal_at
    assert ordinal_at(toks, at) == rank
