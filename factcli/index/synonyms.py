"""Synonyms: the words that may stand for a query word in a fact, with how sure that is.

Read only by matching (ranking and ask), never at start-up of a typed lookup.
"""

from __future__ import annotations

from functools import lru_cache

from factcli.core.text import other_stems, stem

# Words people use for what the facts say in other words, both languages. Each
# maps to words that do occur in fact text; a query word matches through them too.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "foreign": ("abroad", "estero"), "overseas": ("abroad",), "outside": ("abroad",),
    "visit": ("trip", "viaggio"), "visits": ("trip", "viaggio"), "visited": ("trip", "viaggio"),
    "journey": ("trip", "viaggio"), "journeys": ("trip",), "trips": ("viaggio",), "trip": ("viaggio",),
    "viaggi": ("trip",), "viaggio": ("trip",), "visita": ("viaggio",), "visite": ("viaggio",),
    "viaggiato": ("viaggio",), "visitato": ("viaggio", "visited"),
    "meet": ("met", "meeting", "incontro", "summit"), "met": ("meet", "meeting", "incontro", "summit"),
    "meeting": ("incontro", "summit"), "incontro": ("meeting", "summit"), "incontrati": ("incontro", "met"),
    "incontrato": ("incontro", "met"), "vertice": ("summit",), "summit": ("vertice", "meeting"),
    "talks": ("colloqui", "summit"), "colloqui": ("talks",), "countries": ("paesi",), "paesi": ("countries",),
    "nations": ("countries", "paesi"), "nazioni": ("paesi",),
    "spaceport": ("cosmodrome",), "rockets": ("razzi", "missile", "missilistica", "rocketry"), "missiles": ("missili", "missile"),
    # Kinds of weapon answer a question about weapons.
    "weapons": ("armi", "weapon", "missiles", "shells"), "arms": ("armi", "weapons"), "armi": ("missili", "proiettili"), "munitions": ("ammunition", "munizioni"),
    "ammunition": ("munizioni",), "shells": ("proiettili",), "wants": ("want", "vuole", "seek", "ask"), "want": ("seek", "ask", "vuole", "chieda", "interests", "interessi"),
    "seek": ("want",), "vuole": ("want", "chieda", "interessi"), "vogliono": ("vuole", "chieda", "interessi"),
    "seeks": ("want",), "asks": ("ask", "chieda"), "power": ("potere",),
    "potere": ("power",), "leader": ("leader",), "train": ("treno",), "treno": ("train",),
    "broadcast": ("trasmesso",), "tv": ("television",), "television": ("tv",), "footage": ("filmato",),
    "satellites": ("satelliti", "satellite"), "satelliti": ("satellite",), "space": ("spazio",),
    "spazio": ("space",), "years": ("anni",), "anni": ("years",), "year": ("anno",), "anno": ("year",),
    "ruled": ("power",), "rule": ("power",), "office": ("carica",), "carica": ("office",),
    # Becoming something is taking an office or coming to power, as the facts word it.
    "become": ("becoming", "office", "power", "carica", "potere"), "becomes": ("becoming", "office", "power"),
    "became": ("becoming", "office", "power", "carica", "potere"), "came": ("became",),
    "diventato": ("carica", "potere", "diventato"), "diventata": ("carica", "potere"),
    "diventare": ("carica", "potere"), "diventa": ("carica", "potere"),
    "border": ("confine",), "confine": ("border",), "war": ("guerra",), "guerra": ("war",),
    "sanctions": ("sanzioni",), "resort": ("turistica",), "turistica": ("resort",), "citta": ("city",),
    "city": ("citta",), "longest": ("lungo", "long"), "lungo": ("longest",),
    "hold": ("held", "tenuto"), "holds": ("held",), "meets": ("met", "meeting"), "saw": ("met",), "seen": ("met",),
    "visti": ("incontro", "met"), "visto": ("incontro", "met"), "vedere": ("incontro",),
    "ask": ("asked", "chieda", "chiesto"), "asked": ("ask", "chiesto"), "chiesto": ("asked",),
    "answer": ("replied", "risposto"), "answered": ("replied", "risposto"), "reply": ("replied", "risposto"),
    "host": ("welcome", "benvenuto", "met", "incontro"), "hosted": ("welcome", "benvenuto", "met", "incontro"),
    "hosts": ("welcome", "met"),
    "welcomed": ("welcome", "met", "incontro"), "welcome": ("met", "incontro", "benvenuto"), "receive": ("welcome", "met", "incontro"), "received": ("welcome", "met", "incontro"), "ospitato": ("benvenuto",),
    "accolto": ("accogliere", "benvenuto"), "base": ("site", "sito", "cosmodrome"), "site": ("sito",),
    "show": ("broadcast", "trasmesso"),
    "aired": ("broadcast",), "channel": ("tv",), "canale": ("tv",),
    "help": ("aid", "aiuti", "assistance", "assistenza", "support", "sostegno"), "aiuto": ("aiuti", "assistenza", "sostegno"),
    "need": ("bisogno", "shortage", "carenza"), "needs": ("bisogno", "shortage", "carenza"),
    "bisogno": ("need", "carenza"), "person": ("face",), "persona": ("faccia",),
    "military": ("weapons", "armi", "militare"), "militare": ("armi", "military"),
    "three": ("trilateral",), "tre": ("trilaterale",), "tripartite": ("trilateral",),
    "fight": ("struggle", "lotta"), "battle": ("struggle", "lotta"), "lotta": ("struggle",),
    "hope": ("hoped", "want", "sperando"), "hopes": ("hoped", "want"), "spera": ("sperava", "hoped"),
    "sperano": ("sperava",), "travelled": ("journey", "trip", "viaggio"), "traveled": ("journey", "trip"),
    "travel": ("journey", "trip", "viaggio"), "rules": ("resolutions", "risoluzioni"),
    "break": ("breaches", "contravviene"), "breaks": ("breaches",), "violate": ("breaches", "contravviene"),
    "violates": ("breaches",), "remarks": ("remarks", "osservazioni"),
    "lack": ("shortage", "carenza"), "lacks": ("shortage", "carenza"), "short": ("shortage",),
    "manca": ("carenza",), "mancano": ("carenza",), "mancanza": ("carenza",),
    "partnership": ("partnership", "alliance", "alleanza"), "partenariato": ("partnership",),
    "collaborazione": ("cooperazione",), "collaboration": ("cooperation",), "collaborate": ("cooperation",),
    "cooperate": ("cooperation",), "cooperare": ("cooperazione",), "collaborare": ("cooperazione",), "trilateral": ("trilaterale",), "deal": ("accordo",),
    "accordo": ("deal",), "face": ("faccia",), "faccia": ("face",),
    "look": ("seek", "cerca"), "looking": ("seek", "cerca"), "looks": ("seek",), "searching": ("seek",),
    "cerca": ("seek", "want"), "cercano": ("seek", "want"), "cercando": ("seek", "want"),
    "support": ("sostegno", "help", "aid"), "supported": ("support", "sostegno"), "sostegno": ("support",),
    "appoggio": ("support", "sostegno"), "helped": ("help", "support"), "aiutato": ("aiuto", "sostegno"),
    "centre": ("site", "cosmodrome", "base"), "center": ("site", "cosmodrome", "base"),
    "centro": ("sito", "cosmodromo", "base"),
    "rocket": ("razzi", "missile", "missilistica", "rocketry"), "razzi": ("missilistica", "rockets"),
    "sped": ("accelerated", "accelerato"),
    "hastened": ("accelerated",), "accelerate": ("accelerated",), "accelerare": ("accelerato",),
    "rapprochement": ("alliance", "alleanza", "shift", "ties"), "riavvicinamento": ("alleanza", "cambiamento"),
    "alliance": ("alleanza",), "alleanza": ("alliance",), "shift": ("cambiamento",), "cambiamento": ("shift",),
    "change": ("shift", "cambiamento"), "changed": ("shift", "cambiamento"), "changes": ("shift",),
    "cambiato": ("cambiamento", "shift"), "cambia": ("cambiamento",), "cambiare": ("cambiamento",),
    "charge": ("power", "potere", "office", "carica"), "comando": ("potere", "power"),
    "rapporti": ("relazioni", "relations", "relazione"), "rapporto": ("relazioni", "relazione"),
    "relationship": ("relations", "relazioni"), "relationships": ("relations",), "ties": ("relations", "legami"),
    # "Was it open to the press?" is answered by a fact that says it was not.
    "open": ("closed", "chiuse", "porte"), "aperto": ("chiuse", "porte"), "aperti": ("chiuse", "porte"),
    "twice": ("two", "due"), "thrice": ("three", "tre"), "once": ("one",),
    "speech": ("words", "parole", "remarks"), "speeches": ("words", "parole"), "discorso": ("parole",),
    "isolated": ("pariah", "paria"), "isolation": ("pariah", "paria"), "isolato": ("paria",), "isolati": ("paria",),
    "outcast": ("pariah", "paria"), "outcasts": ("pariah", "paria"),
    "abandoned": ("rejection", "turns", "respinge", "rifiuto"), "abandon": ("rejection", "turns", "respinge"),
    "rejected": ("rejection", "respinge", "rifiuto"), "abbandonato": ("respinge", "rifiuto"),
    "rarely": ("rare", "rara", "rari"), "raramente": ("rara", "rari", "rare"),
    "suggest": ("proposes", "propone"), "suggested": ("proposes", "propone"), "suggests": ("proposes",),
    "propose": ("proposes",), "proposed": ("proposes",), "proposal": ("proposes",), "suggerito": ("propone",),
    "proposto": ("propone",), "proposta": ("propone",),
    "public": ("closed", "chiuse", "porte"), "pubblici": ("chiuse", "porte"), "pubblico": ("chiuse", "porte"),
    "secret": ("sensitive", "sensibili"), "secrets": ("sensitive",), "segreta": ("sensibili",),
    "segrete": ("sensibili",), "segreto": ("sensibili",), "delicate": ("sensitive", "sensibili"),
    "storia": ("storico", "storici", "history"), "history": ("historical", "storico", "storici"),
    "historical": ("history", "storici"), "storico": ("storici", "history"),
    "relations": ("relazioni", "relationship", "relazione", "alliance"), "relazioni": ("relations", "relazione"),
    "sit": ("met", "meet", "talks"), "together": ("met", "meet"), "insieme": ("incontro",),
    "explanation": ("replied", "why", "risposto"), "explain": ("replied", "why"), "spiegazione": ("risposto",),
    "choosing": ("choice", "scelta", "came"), "chose": ("choice", "scelta", "came"), "choice": ("scelta",),
    "reporters": ("journalists", "giornalisti", "journalist"), "reporter": ("journalist", "giornalista"),
    "press": ("journalists", "giornalisti"), "giornalisti": ("journalists", "giornalista"),
    "buy": ("obtain", "ask", "seeks", "chieda"), "purchase": ("obtain", "ask", "seeks"),
    "comprare": ("chieda", "ottenere"), "acquistare": ("chieda", "ottenere"),
    "inherit": ("power", "potere", "came"), "inherited": ("power", "potere", "came"), "ereditato": ("potere",),
    "see": ("met", "meet", "meeting"), "vedersi": ("incontro",), "private": ("closed", "chiuse", "porte"),
    "privati": ("chiuse", "porte"), "orbit": ("space", "spazio", "satellites"),
    "orbita": ("spazio", "satelliti"), "asking": ("ask", "seek", "want"),
    "transport": ("train", "treno", "journey"), "trasporto": ("treno", "viaggio"), "mezzo": ("treno",),
    "affect": ("accelerated", "shift", "cambiamento"), "affected": ("accelerated", "shift", "cambiamento"),
    "influenced": ("accelerated", "shift"), "influenzato": ("accelerato", "cambiamento"),
    "talk": ("talks", "met", "colloqui"), "talked": ("talks", "met", "colloqui"), "parlato": ("colloqui", "incontro"),
    "govern": ("power", "potere"), "governs": ("power", "potere"), "governa": ("potere", "power"),
    "ruling": ("power", "potere"), "governato": ("potere",),
    "failed": ("fated", "sfortunato"), "unsuccessful": ("fated", "sfortunato"), "fallito": ("sfortunato",),
    "fallimentare": ("sfortunato",), "trying": ("seek", "want", "cerca"), "try": ("seek", "want"),
    "low": ("shortage", "carenza"), "scarce": ("shortage", "carenza"), "scarse": ("carenza",),
    "fly": ("journey", "travel", "viaggio"), "flew": ("journey", "travel", "viaggio"),
    "volato": ("viaggio",), "aereo": ("viaggio",),
    "plans": ("ambitions", "ambizioni", "want"), "plan": ("ambitions", "ambizioni"),
    "piani": ("ambizioni", "presenza"), "progetti": ("ambizioni", "presenza"),
    # A pass over every fact for the everyday words people use for what it says (2026-11-24).
    "ruler": ("leader",), "dictator": ("leader",), "head": ("leader",), "capo": ("leader", "guida"),
    "dittatore": ("leader", "guida"), "supremo": ("suprema",), "rise": ("came", "power", "salito"),
    "assumed": ("took", "office", "power"), "succeeded": ("power", "office"),
    "prior": ("previous",), "former": ("previous",), "scorso": ("precedente",), "scorsa": ("precedente",),
    "collapsed": ("fated", "sfortunato"), "fiasco": ("fated", "sfortunato"), "flop": ("fated", "sfortunato"),
    "disastrous": ("fated", "sfortunato"), "disastroso": ("sfortunato",), "naufragato": ("sfortunato",),
    "unlucky": ("fated", "sfortunato"), "launchpad": ("launch",), "lancio": ("launch",), "launch": ("lancio",),
    "province": ("region", "regione"), "provincia": ("regione",), "oblast": ("region",),
    "seaside": ("resort", "turistica"), "beach": ("resort",), "balneare": ("turistica",),
    "enemy": ("nemesis", "nemesi"), "enemies": ("nemesis",), "rival": ("nemesis",), "foe": ("nemesis",),
    "adversary": ("nemesis",), "nemico": ("nemesi",), "nemici": ("nemesi",), "avversario": ("nemesi",),
    "travels": ("trip", "viaggio"), "tours": ("trip",), "friends": ("allies",), "amici": ("alleati",),
    "friend": ("allies", "ally"), "amico": ("alleati",), "partners": ("allies", "alleati"),
    "alleato": ("alleati", "alleanza"), "ally": ("allies", "alliance"), "allied": ("alliance", "alleato"),
    "seldom": ("rare", "rara"), "headlines": ("news", "notizia"), "newsworthy": ("news",), "notizie": ("notizia",),
    "shortfall": ("shortage",), "scarcity": ("shortage",), "scarsita": ("carenza",), "ammo": ("ammunition",),
    "mystery": ("intrigue",), "mistero": ("intrighi",), "rogue": ("pariah",), "canaglia": ("paria",),
    "depend": ("need",), "dependent": ("need",), "dipendono": ("bisogno",), "ussr": ("soviet",),
    "urss": ("sovietica",), "backed": ("support",), "backing": ("support",), "origins": ("foundations", "back"),
    "origin": ("foundations", "back"), "roots": ("foundations", "back"), "basis": ("foundations",),
    "origine": ("basi", "risale"), "origini": ("basi", "risale"), "radici": ("basi", "risale"),
    "contacts": ("interactions",), "contatti": ("interazioni",), "lengthiest": ("longest",),
    "railway": ("train",), "rail": ("train",), "ferrovia": ("treno",), "grain": ("food",), "cibo": ("food",),
    "food": ("cibo",), "competenze": ("esperienza",), "ammunitions": ("ammunition",),
    "cannon": ("artillery",), "subs": ("submarines",), "sottomarini": ("submarines",),
    "programme": ("ambitions", "presence"), "program": ("ambitions", "presence"), "programma": ("presenza",),
    "transfer": ("share",), "trasferire": ("condividere",), "spy": ("reconnaissance",),
    "spionaggio": ("ricognizione",), "unlawful": ("illegal",), "illecita": ("illegale",),
    "illecito": ("illegale",), "negotiations": ("diplomacy", "negotiating"), "negoziati": ("diplomazia", "negoziando"),
    "gossip": ("rumours",), "rumors": ("rumours",), "rumor": ("rumours",), "rumour": ("rumours",),
    "indiscrezioni": ("voci",), "speculation": ("rumours",), "trattativa": ("negoziando", "accordo"),
    "peace": ("stable", "stabilita"), "pace": ("stabilita",), "peaceful": ("stable",),
    "improve": ("develop",), "strengthen": ("develop", "reinforces"), "deepen": ("develop",),
    "rafforzare": ("sviluppare",), "migliorare": ("sviluppare",), "holy": ("sacred",), "santa": ("sacra",),
    "hegemony": ("hegemonic",), "egemonia": ("egemoniche",), "imperialist": ("hegemonic",),
    "interested": ("interest",), "interessato": ("interesse",),
    "keen": ("interest",), "economy": ("economic",), "economia": ("economica",), "trade": ("economic", "exchange"),
    # A second pass: the facts' less common words, and what people may say instead (2026-11-24).
    "severe": ("acute",), "serious": ("acute",), "grave": ("acuta",), "seria": ("acuta",),
    "modern": ("advanced",), "sophisticated": ("advanced",), "moderna": ("avanzata",), "moderni": ("avanzata",),
    "capabilities": ("assets", "technology"), "context": ("background",), "contesto": ("storico",),
    "bloody": ("brutal",), "violent": ("brutal",), "fierce": ("brutal",), "violenta": ("brutale",),
    "sanguinosa": ("brutale",), "obvious": ("clear",), "evident": ("clear",), "evidente": ("chiaro",),
    "ovvio": ("chiaro",), "supplied": ("delivered",),
    "supply": ("delivered",), "shipped": ("delivered",), "inviate": ("consegnate",), "fornite": ("consegnate",),
    "fornire": ("consegnate",), "spedite": ("consegnate",), "information": ("details",), "info": ("details",),
    "informazioni": ("dettagli",), "particolari": ("dettagli",), "skills": ("expertise",),
    "experience": ("expertise",), "knowledge": ("expertise",), "conoscenze": ("esperienza",),
    "huge": ("great",), "enormous": ("great",), "revealed": ("highlighted",), "underlined": ("highlighted",),
    "emphasised": ("highlighted",), "sottolineato": ("evidenziato",), "rivelato": ("evidenziato",),
    "principal": ("main",), "biggest": ("main",), "largest": ("main",), "major": ("main",), "chief": ("main",),
    "maggiore": ("principale",), "analysts": ("observers",), "experts": ("observers",),
    "commentators": ("observers",), "analisti": ("osservatori",), "esperti": ("osservatori",),
    "against": ("opposing",), "oppose": ("opposing",), "hostile": ("opposing",), "contro": ("oppongono",),
    "policy": ("politics",), "political": ("politics",), "amount": ("quantity",), "ammontare": ("quantita",),
    "government": ("regime",), "governo": ("regime",), "signs": ("signals",), "messages": ("signals",),
    "segni": ("segnali",), "messaggi": ("segnali",), "gradually": ("slowly",), "tiny": ("small",),
    "narrow": ("small",), "faces": ("suffers",), "unfair": ("unjust",), "ingiusto": ("ingiusta",),
    "leaves": ("ventures", "beyond"), "leave": ("ventures", "beyond"), "lascia": ("esce",), "ready": ("willing",),
    "prepared": ("willing",), "pronta": ("disposta",), "pronto": ("disposta",), "desire": ("wish",),
    "dream": ("wish",), "aspiration": ("wish",), "voglia": ("desiderio",), "sogno": ("desiderio",),
    "frontiera": ("confini",), "frontiere": ("confini",), "immediately": ("right",), "immediatamente": ("subito",),
    "running": ("power", "leader"), "run": ("power", "leader"), "runs": ("power", "leader"),
    "closer": ("alliance", "allied", "shift"), "pushed": ("accelerated",), "push": ("accelerated",),
    "talking": ("talks", "diplomacy", "colloqui"), "message": ("words", "parole", "signals", "segnali"),
    "messaggio": ("parole", "segnali"), "abroad": ("international",), "likes": ("interest",),
    "loves": ("interest",), "ama": ("interesse",),
    # Everyday Italian (2026-11-24): what a reader says aloud.
    "beccati": ("incontro", "met"), "beccato": ("incontro", "met"), "trovati": ("incontro", "met"),
    "comanda": ("potere", "power"), "comandare": ("potere",), "gira": ("viaggi", "viaggio"),
    "girato": ("viaggi", "viaggio"), "mondo": ("estero", "internazionali"), "world": ("abroad", "international"),
    "posti": ("paesi", "countries"), "places": ("countries",), "pretende": ("vuole", "want", "chieda"),
    "pretendono": ("vuole", "chieda"), "avvicinato": ("alleanza", "alleato"), "avvicinamento": ("alleanza",),
    "intesa": ("partnership", "accordo", "alleanza"), "dara": ("condividere", "disposta"),
    "daranno": ("condividere", "disposta"),
    "appassionato": ("interesse", "interest"), "appassionata": ("interesse",), "passione": ("interesse",),
    "passion": ("interest",), "passionate": ("interest",), "fida": ("disposta", "willing"),
    "fidarsi": ("disposta",), "trust": ("willing",), "trusts": ("willing",), "storto": ("sfortunato",),
    "stati": ("paesi", "countries"),
    "frequent": ("rare", "few"), "frequente": ("rari", "pochi"), "pitch": ("proposes",), "pitching": ("proposes",),
    "pitched": ("proposes",), "cutting": ("negotiating", "negoziando"),
    "sostenuto": ("sostegno", "support"), "sostenne": ("sostegno", "support"), "sostenere": ("sostegno", "support"),
    "sostiene": ("sostegno", "support"), "sostenevano": ("sostegno", "support"), "aiutarono": ("sostegno", "support"),
    "effect": ("accelerated", "shift"), "effects": ("accelerated", "shift"), "impact": ("accelerated", "shift"),
    "effetto": ("accelerato", "cambiamento"), "effetti": ("accelerato", "cambiamento"),
    "impatto": ("accelerato", "cambiamento"),
    "voleva": ("vuole", "sperava", "want"), "volevano": ("vuole", "sperava"), "volere": ("vuole", "want"),
    "vorrebbe": ("vuole", "want"), "vorrebbero": ("vuole", "want"),
    "wanted": ("want", "hoped"),
    "legacy": ("foundations", "basi", "background"), "eredita": ("basi", "contesto"),
    "plane": ("aereo", "flight"), "planes": ("aereo",), "airplane": ("aereo",), "flight": ("aereo", "journey"),
    "success": ("fated", "sfortunato"), "successful": ("fated", "sfortunato"),
    "incontri": ("incontro", "vertice", "meeting", "summit"), "vertici": ("vertice", "summit"),
    "mostrato": ("evidenziato", "trasmesso"), "shown": ("highlighted", "broadcast", "trasmesso"),
    "showed": ("highlighted", "broadcast", "trasmesso"),
    "gap": ("years", "anni"), "interval": ("years", "anni"),
    "led": ("leader", "power", "guida"), "leads": ("leader", "power"),
    "request": ("ask", "chieda"), "requests": ("ask", "chieda"), "requested": ("ask", "asked"),
    "richiesta": ("chieda", "chiesto"), "richiede": ("chieda",), "richiedere": ("chieda",),
    "respond": ("replied", "risposto"), "responded": ("replied", "risposto"), "response": ("replied",),
    "mention": ("referred", "spoke"), "mentioned": ("referred", "spoke"), "menzionato": ("riferimento", "parlato"),
    "menziona": ("riferimento", "parlato"),
    "riferito": ("riferimento", "referred"), "riferisce": ("riferimento", "referred"),
    "ricevuto": ("benvenuto", "incontro", "welcome"), "ricevere": ("benvenuto", "incontro"),
    "regole": ("risoluzioni", "resolutions"), "regola": ("risoluzioni",),
    "boss": ("leader", "power"), "uscito": ("esce",), "uscire": ("esce",), "fissato": ("interesse",),
    "obsessed": ("interest",), "line": ("words", "parole"), "hand": ("share",),
    "sede": ("luogo", "venue"), "venue": ("luogo", "site"),
    "dimostra": ("evidenziato", "highlighted", "segnali"), "dimostrato": ("evidenziato", "highlighted"),
    "demonstrates": ("highlighted", "signals"), "demonstrated": ("highlighted", "signals"),
    "reagito": ("risposto", "replied"), "reagire": ("risposto",), "reacted": ("replied",), "react": ("replied",),
    "reaction": ("replied",), "reazione": ("risposto",), "intende": ("vuole", "interessato"),
    "intendono": ("vuole", "interessato"), "intend": ("want", "interested"), "intends": ("want", "interested"),
    "rivisti": ("incontro", "met"), "rivisto": ("incontro", "met"), "rivedersi": ("incontro",),
    "held": ("took", "tenuto"),
    "ascesa": ("potere", "power", "salito"), "ascent": ("power", "came"),
    "describe": ("marked", "caratterizzata"), "described": ("marked",), "descrivere": ("caratterizzata",),
    "descrivi": ("caratterizzata",), "descritto": ("caratterizzata",), "descritta": ("caratterizzata",),
    "allontanare": ("rifiuto", "rejection"), "distancing": ("rejection",), "allontanamento": ("rifiuto",),
    "insolito": ("rari", "rara", "rare"), "unusual": ("rare",), "uncommon": ("rare",), "raro": ("rari", "rara"),
    "vociferava": ("voci", "rumours"), "vociferato": ("voci", "rumours"), "vociferavano": ("voci", "rumours"),
    "rumoured": ("rumours",), "rumored": ("rumours",),
    "idea": ("proposes", "propone", "interest"), "idee": ("propone", "interesse"),
    "often": ("rare", "few"), "frequently": ("rare", "few"), "spesso": ("rari", "pochi"),
    "important": ("significant", "importance"), "importante": ("significative", "importanza"),
    "significant": ("importance",), "question": ("domanda", "asked"), "questions": ("domanda", "asked"), "domande": ("domanda",),
    "discussed": ("talks", "colloqui"), "discuss": ("talks", "colloqui"), "discussion": ("talks", "colloqui"),
    "discussions": ("talks", "colloqui"), "discusso": ("colloqui",), "discussioni": ("colloqui",),
    "chosen": ("choice", "scelta", "venue"), "choose": ("choice", "scelta"), "scelto": ("scelta", "luogo"),
    "speak": ("spoke", "remarks", "osservazioni"), "spoke": ("remarks", "osservazioni"),
    "spoken": ("spoke", "remarks"), "parla": ("parlato", "osservazioni"), "parlare": ("parlato", "osservazioni"),
    "badly": ("fated", "sfortunato"), "male": ("sfortunato",), "wrong": ("fated", "sfortunato"),
    "rinuncia": ("rifiuto", "rejection"), "rinunciare": ("rifiuto",), "rifiuta": ("rifiuto",),
    "rifiutato": ("rifiuto",), "rejects": ("rejection",), "reject": ("rejection",), "refuse": ("rejection",),
    "refuses": ("rejection",), "refused": ("rejection",), "return": ("exchange", "cambio"), "future": ("shaping", "expected"), "futuro": ("prevede", "continui"),
}



@lru_cache(maxsize=1)
def _by_stem() -> dict[str, tuple[str, ...]]:
    """The synonym table keyed by stem, so that any form of an entry's word finds it.

    "vedevano" finds "vedere". Where entries share a stem, only what they agree on: "sit" and
    "site" agree on nothing.
    """
    out: dict[str, tuple[str, ...]] = {}
    for key, near in SYNONYMS.items():
        term = stem(key)
        out[term] = tuple(w for w in out[term] if w in near) if term in out else near
    return out


@lru_cache(maxsize=4096)
def synonyms(word: str, any_form: bool = False) -> tuple[tuple[str, float], ...]:
    """Words that may stand for `word` in a fact, each with how sure that is.

    The table's own entries (0.9), then theirs (0.8), so that each entry need not list every
    form of its meaning.

    `any_form`: an entry for another form of the word counts too ("vedevano" finds "vedere").
    """
    found: dict[str, float] = {}
    entries = SYNONYMS.get(word, ())
    if not entries and any_form:
        by_stem = _by_stem()
        # Not for a word as short as a stem: "hug" is not "huge".
        entries = next((by_stem[t] for t in (stem(word), *other_stems(word)) if t in by_stem and len(word) > 4), ())
    for near in entries:
        found.setdefault(near, 0.9)
    for near in list(found):
        for far in SYNONYMS.get(near, ()):
            if far != word:
                found.setdefault(far, 0.8)
    return tuple(found.items())
