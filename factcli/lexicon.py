"""The curated vocabulary of questions: synonyms that reach the facts' words, and filler words.

Data, not logic: textnorm.synonyms() and question.py read these tables. Every entry was added
for a question people ask in other words than the facts use (see tests/questions/ and the
history in bench/RESULTS.md), and each is general: a word and what it can mean, never an answer.
"""

from __future__ import annotations

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
    "show": ("broadcast", "trasmesso"), "showed": ("broadcast", "trasmesso"), "shown": ("broadcast",),
    "aired": ("broadcast",), "mostrato": ("trasmesso",), "channel": ("tv",), "canale": ("tv",),
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
    "sped": ("accelerated", "accelerato"), "speed": ("accelerated", "accelerato"),
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


# Words that frame a question but never decide its answer; never a reason to abstain.
FILLER = frozenset("""
tell know please kind sort type last latest ultimo ultima ultimi passed elapsed passati passato passata
quest questo questa arrive arrived arriving reach reached arrivato arrivata arrivati giunto giunta
avuto avere aveva avevano avuta potuto voluto dovuto messo preso stati stata essere
been would could should might must can may name named called call calls ottenere ottenuto obtain nome chiamato chiama
prima before already previously earlier beforehand way modo
play plays played playing gioca giocato role ruolo use used uses usato usata usate usa
think thinks thought opinion view pensa pensato opinione parere
get gets getting exactly actually really ever also first last happen happened happens take took taken get got
go went gone come make made happen did does done give gave many much long there here time times some any
anyone someone something thing things like just still yet ok okay hey hi hello
dimmi sai sapere per favore esattamente davvero mai anche avvenuto successo accaduto fare fatto fece andato
andata venuto venuta dato volta volte qualcuno qualcosa cose ancora gia cioe ecco
ricordi ricorda ricordare ricordami remind recall proposito riguardo regarding
true vero vera verify verifica verificare check controlla confirm conferma confermare correct giusto taking
over diede diedero dare going down faceva facevano fa fanno dopo each other put putting between tra fra
sto sappiamo sapete sanno colpa causa cause caused blame tanti tante molti molte parecchi stuff considered consider considers deemed regarded ritenuto ritenuta ritenuti considerato considerata
considerati considerate giudicato giudicata
diversi diverse different various vari varie now gonna wanna dammi mostrami elencami avra avranno avrebbe avrebbero sara saranno sarebbe sarebbero besides else oltre yes nulla niente nothing probabilmente probably likely maybe perhaps possibly right tanto again svolto svolta svolti svolte svolgere svolge held tenuto tenuta tenuti happening succede succedendo succedera accade going month mese anything known puo possono potrebbe one claim claims affermazione mean meaning significa significato dire dirmi dici vorrei potresti puoi sapresti wonder wondering curious rende rendono reso tipo genere
sorta special notable speciale particolare entra centra definito defined summarize summarise riassumi confermi confermate confermare confermato verifichi verificato recently currently nowadays today officially basically supposedly reportedly allegedly approximately
roughly precisely recentemente ultimamente ufficialmente precisamente esatta esatto oggi adesso
""".split())


# Ordinal words, by value: "the first summit" is not "the second summit".
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
    "9th": 9, "10th": 10, "primo": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3, "quarto": 4,
    "quarta": 4, "quinto": 5, "quinta": 5, "sesto": 6, "sesta": 6, "settimo": 7, "settima": 7, "ottavo": 8,
    "ottava": 8, "nono": 9, "nona": 9, "decimo": 10, "decima": 10,
}

# Cardinal number words: a claim's number ("dieci viaggi") that no fact uses may be a wrong detail.
NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty
hundred dozen uno una due tre quattro cinque sei sette otto nove dieci undici dodici tredici quindici venti
trenta cento dozzina
""".split())

# Expressions whose words mean little apart ("running out", "a lot"): each is read as one word
# before anything else, so that "Is Russia running out of weapons?" asks about a shortage.
PHRASES: dict[tuple[str, ...], str] = {
    ("running", "out"): "shortage", ("run", "out"): "shortage", ("runs", "out"): "shortage",
    ("ran", "out"): "shortage", ("running", "low"): "shortage", ("a", "lot"): "often", ("lots", "of"): "many",
    ("get", "together"): "meet", ("got", "together"): "met", ("big", "deal"): "important",
    ("in", "charge"): "power", ("old", "friends"): "ties", ("old", "allies"): "ties", ("take", "power"): "power",
    ("fatto", "sapere"): "detto", ("far", "sapere"): "detto", ("chiuso", "con"): "rifiuto",
    ("done", "with"): "rejection", ("done", "talking"): "rejection", ("vecchi", "amici"): "legami",
    ("vecchi", "alleati"): "legami", ("in", "segreto"): "chiuse", ("in", "secret"): "closed",
    ("andato", "storto"): "sfortunato", ("went", "wrong"): "fated", ("a", "corto"): "carenza", ("short", "of"): "shortage",
    ("voltato", "le", "spalle"): "rifiuto", ("volta", "le", "spalle"): "rifiuto", ("turned", "his", "back"): "rejection",
    ("turning", "his", "back"): "rejection", ("in", "mente"): "idea", ("in", "mind"): "idea",
    ("at", "the", "top"): "power", ("set", "foot"): "visited", ("sets", "foot"): "visited",
    ("given", "up"): "rejection", ("give", "up"): "rejection", ("gave", "up"): "rejection",
    ("giving", "up"): "rejection", ("siding", "with"): "alliance", ("side", "with"): "alliance",
    ("sided", "with"): "alliance", ("hand", "over"): "share", ("hands", "over"): "share",
    ("handing", "over"): "share", ("handed", "over"): "share", ("said", "to", "be"): "rumoured",
    ("sum", "up"): "describe", ("summed", "up"): "describe",
    ("not", "in", "line", "with"): "breaches", ("in", "line", "with"): "", ("piu", "o", "meno"): "",
    ("si", "e", "detto"): "", ("si", "e", "detta"): "", ("si", "sono", "detti"): "detti",
    ("roll", "out", "the", "red", "carpet"): "welcome", ("red", "carpet"): "welcome", ("sat", "down"): "met",
    ("sit", "down"): "meet", ("fire", "back"): "replied", ("fired", "back"): "replied", ("shot", "back"): "replied",
    ("contro", "le", "regole"): "contravviene", ("against", "the", "rules"): "breaches", ("ai", "tempi", "di"): "",
    ("ai", "tempi", "dell"): "", ("ai", "tempi", "della"): "", ("at", "the", "time", "of"): "",
    ("in", "the", "days", "of"): "", ("so", "far"): "",
    ("is", "home", "to"): "", ("home", "to"): "", ("alla", "fine"): "", ("in", "the", "end"): "",
    ("end", "up"): "", ("quei", "due"): "", ("questi", "due"): "", ("those", "two"): "", ("these", "two"): "",
    ("get", "out", "of", "it"): "exchange", ("get", "out", "of"): "leaves", ("gets", "out", "of"): "leaves",
    ("come", "back", "with"): "replied", ("came", "back", "with"): "replied", ("low", "on"): "shortage",
    ("in", "soldoni"): "", ("entrare", "nel", "giro"): "partnership", ("si", "parlava", "di"): "rumoured",
    ("si", "parlava"): "rumoured",
    ("wish", "list"): "wish", ("relative", "to"): "", ("rispetto", "a"): "", ("rispetto", "al"): "",
    ("get", "to"): "travel", ("got", "to"): "travel", ("getting", "to"): "travel", ("took", "place"): "held", ("take", "place"): "held", ("takes", "place"): "held", ("taken", "place"): "held",
    ("at", "war"): "war",
    # Pointing at the source rather than asking ("the article says...", "ho letto che..."): nothing.
    **{tuple(p.split()): "" for p in (
        "the article says", "article says", "the article said", "the piece says", "the story says",
        "the report says", "the text says", "it says", "they say", "the article mentions", "the piece mentions",
        "the story mentions", "the article calls", "does the article say", "does the story mention",
        "does the piece say", "does the article mention", "i read that", "i ve read that", "i read",
        "according to the article", "according to the report", "according to the piece", "in the story",
        "in the article", "in the piece", "the piece mentions", "l articolo dice che", "l articolo dice",
        "articolo dice", "il testo dice", "testo dice", "nel pezzo", "nell articolo", "nel testo",
        "secondo l articolo", "ho letto che", "ho letto", "dicono che", "si dice che", "il pezzo cita",
        "l articolo parla di", "l articolo cita", "nel pezzo si parla di", "si parla di", "parlano di",
        "il pezzo", "l articolo", "the article", "the piece", "the story")}, ("in", "guerra"): "guerra", ("al", "comando"): "potere", ("senza", "sosta"): "often",
}

# Month names: the facts give years, so a month only narrows the question ("in September").
MONTHS = frozenset("""
january february march april june july august september october november december gennaio febbraio marzo
aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
""".split())
