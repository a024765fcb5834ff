"""Sentence -> relations for the hostility, accusation and talks constructions of round 7.

Each case is a made-up sentence (well-known actors, none taken from the
evaluation passages) named by the English construction it exercises.
NEGATIVE lists near misses that must stay unextracted: negation, refusal,
hypothesis, denial, former relations, a third party's claim, a mediator
taken for a party, and the wrong direction.
"""

from __future__ import annotations

from extraction_support import Triple, construction_tests

CASES: list[tuple[str, str, list[Triple]]] = [
    # opposes
    (
        "fight-between, the forces of Y",
        "The fight between Ethiopian troops and the fighters of the TPLF left hundreds dead.",
        [("Ethiopia", "opposes", "TPLF")],
    ),
    (
        "fight-between, feud",
        "A bloody feud between the Gulf Cartel and Los Zetas engulfed Tamaulipas.",
        [("Gulf Cartel", "opposes", "Los Zetas")],
    ),
    (
        "fighting-between, a troop noun after the first party",
        "Heavy clashes erupted on Monday between al-Shabaab fighters and Somali troops.",
        [("al-Shabaab", "opposes", "Somalia")],
    ),
    (
        "fight-between, clashes involving",
        "Clashes involving the M23 and Congolese troops continued.",
        [("M23", "opposes", "Democratic Republic of the Congo")],
    ),
    (
        "clashed-with, an adverb before with",
        "The RSF has clashed repeatedly with the Sudanese army.",
        [("Rapid Support Forces", "opposes", "Sudan")],
    ),
    (
        "x-and-y-at-odds",
        "Hamas and Fatah have been at odds for years.",
        [("Hamas", "opposes", "Fatah")],
    ),
    (
        "x-at-odds-with",
        "The Houthis have long been at odds with Saudi Arabia.",
        [("Houthis", "opposes", "Saudi Arabia")],
    ),
    (
        "x-and-y-have-been-fighting",
        "Congo's army and the M23 have been fighting since March.",
        [("Democratic Republic of the Congo", "opposes", "M23")],
    ),
    (
        "fighting-relative, who are fighting",
        "The Houthis, who are fighting the Saudi-led coalition, fired a missile.",
        [("Houthis", "opposes", "Saudi-led coalition")],
    ),
    (
        "fighting-relative, which has battled",
        "Al-Shabaab, which has long battled Kenyan troops, claimed the raid.",
        [("al-Shabaab", "opposes", "Kenya")],
    ),
    (
        "possessive-war-on",
        "Israel's war on Hezbollah displaced thousands.",
        [("Israel", "opposes", "Hezbollah")],
    ),
    (
        "and-his-foe-y, comma and title",
        "Erdogan and his bitter rival, President Bashar al-Assad, met in Moscow.",
        [("Recep Tayyip Erdogan", "opposes", "Bashar al-Assad")],
    ),
    (
        "and-his-foe-y, their enemy",
        "The Houthis and their sworn enemy Saudi Arabia exchanged prisoners.",
        [("Houthis", "opposes", "Saudi Arabia")],
    ),
    (
        "captured-strongholds-of",
        "Somali forces recaptured several bastions of al-Shabaab.",
        [("Somalia", "attacks", "al-Shabaab")],
    ),
    (
        "captured-strongholds-of, relative clause and possessive",
        "The M23, which captured the headquarters of Congo's army in Goma, now controls the city.",
        [("M23", "attacks", "Democratic Republic of the Congo")],
    ),
    (
        "x-and-y-agreed-ceasefire",
        "Israel and Hezbollah agreed a truce in November.",
        [("Israel", "opposes", "Hezbollah"), ("Israel", "negotiates-with", "Hezbollah")],
    ),
    (
        "x-and-y-agreed-ceasefire, signed a ceasefire deal",
        "Sudan and South Sudan have signed a ceasefire deal to end the war.",
        [("Sudan", "opposes", "South Sudan")],
    ),
    (
        "waging-insurgency-in-country",
        "JNIM has waged an insurgency in Mali since 2012.",
        [("JNIM", "opposes", "Mali")],
    ),
    (
        "waging-insurgency-in-country, an armed rebellion",
        "The TPLF is leading an armed rebellion in Ethiopia.",
        [("TPLF", "opposes", "Ethiopia")],
    ),
    (
        "waging-insurgency-in-country, a compass region of a named state",
        "Nigeria's army says it has the upper hand. Boko Haram has waged a bloody insurgency "
        "in northeastern Nigeria since 2009.",
        [("Boko Haram", "opposes", "Nigeria")],
    ),
    (
        "fighting-between, a capitalised adjective before the second party",
        "The region has suffered a bloody conflict between the Ambazonia Defence Forces and "
        "the Francophone dominated Cameroonian army for years.",
        [("Ambazonia Defence Forces", "opposes", "Cameroon")],
    ),
    (
        "possessive-conflict-with, a hyphenated adjective",
        "Israel's long-running conflict with Hamas flared again.",
        [("Israel", "opposes", "Hamas")],
    ),
    (
        "possessive-conflict-with, counteroffensive against",
        "Ukraine's counteroffensive against Russia stalled.",
        [("Ukraine", "opposes", "Russia")],
    ),
    (
        "declared-war-on",
        "The Houthis declared war on Israel.",
        [("Houthis", "opposes", "Israel")],
    ),
    (
        "locked-in-war-with",
        "Colombia is locked in a war with the ELN.",
        [("Colombia", "opposes", "ELN")],
    ),
    (
        "locked-in-war-with, a feud",
        "The Gulf Clan has been engaged in a bitter feud with the ELN.",
        [("Clan del Golfo", "opposes", "ELN")],
    ),
    (
        "x-opposes-y, relative clause",
        "The Houthis, which oppose the Yemeni government, control Sanaa.",
        [("Houthis", "opposes", "Yemen")],
    ),
    (
        "x-opposes-y",
        "Myanmar's junta has long opposed the Arakan Army.",
        [("Myanmar", "opposes", "Arakan Army")],
    ),
    (
        "at-war-with-relative",
        "Al-Shabaab, which has been at war with Somalia since 2006, claimed the raid.",
        [("al-Shabaab", "opposes", "Somalia")],
    ),
    (
        "one-of-groups-fighting",
        "JNIM, one of several groups fighting the Malian army, claimed the attack.",
        [("JNIM", "opposes", "Mali")],
    ),
    (
        "x-and-y-are-rivals",
        "Hamas and Fatah are bitter rivals.",
        [("Hamas", "opposes", "Fatah")],
    ),
    (
        "x-and-y-are-rivals, apposition",
        "Iran and Israel, sworn enemies, traded strikes.",
        [("Iran", "opposes", "Israel")],
    ),
    (
        "x-is-enemy-of-y",
        "The Houthis are sworn enemies of Israel.",
        [("Houthis", "opposes", "Israel")],
    ),
    (
        "enemies-including",
        "Israel's enemies, including Hezbollah, have vowed revenge.",
        [("Hezbollah", "opposes", "Israel")],
    ),
    # attacks
    (
        "claimed-attack-on",
        "Al-Shabaab claimed responsibility for the attack on Kenya's embassy.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "x-led-offensive-on",
        "The Saudi-led offensive on the Houthis stalled.",
        [("Saudi Arabia", "attacks", "Houthis")],
    ),
    (
        "repelled-x-attack, possessive attacker",
        "Somali troops repulsed al-Shabaab's assault on the town.",
        [("al-Shabaab", "attacks", "Somalia")],
    ),
    (
        "repelled-x-attack, modifier attacker",
        "Kenyan troops repelled an al-Shabaab attack near the border.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "killed-soldiers-in-country",
        "JNIM killed at least 20 soldiers in Mali on Sunday.",
        [("JNIM", "attacks", "Mali")],
    ),
    (
        "killed-soldiers-in-country, policemen",
        "Al-Shabaab killed five policemen in Kenya.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "killed-soldiers-in-country, the state's region",
        "Al-Shabaab killed five policemen in Kenya's Lamu county.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "died-in-x-attack",
        "Several Nigerian soldiers died in a Boko Haram ambush.",
        [("Boko Haram", "attacks", "Nigeria")],
    ),
    (
        "x-said-they-attacked, both coordinated parties",
        "The Houthis and Hezbollah said they launched an offensive against Israel.",
        [("Houthis", "attacks", "Israel"), ("Hezbollah", "attacks", "Israel")],
    ),
    (
        "overran-base-in, a headline without article",
        "Boko Haram attacks military base in Nigeria",
        [("Boko Haram", "attacks", "Nigeria")],
    ),
    (
        "overran-base-in, the state's region",
        "Kenya's army says it repelled raids. "
        "Al-Shabaab raided a police station in northern Kenya.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    # accuses
    (
        "clause-then-accusing-x-of",
        "Kenya reported a raid on a border post, accusing al-Shabaab of killing two guards.",
        [("Kenya", "accuses", "al-Shabaab")],
    ),
    (
        "ended-deal-with, called off",
        "In March, the ELN called off a six-month ceasefire with Colombia.",
        [("ELN", "negotiates-with", "Colombia")],
    ),
    (
        "ended-deal-with, its truce",
        "Myanmar's junta extended its truce with the Arakan Army.",
        [("Myanmar", "negotiates-with", "Arakan Army")],
    ),
    (
        "possessive-talks-with",
        "Colombia's peace negotiations with the ELN resumed in Mexico.",
        [("Colombia", "negotiates-with", "ELN")],
    ),
    (
        "possessive-envoy-met",
        "Thailand's chief negotiator met with BRN delegates in Kuala Lumpur.",
        [("Thailand", "negotiates-with", "Barisan Revolusi Nasional")],
    ),
    (
        "x-and-y-signed, negotiating a ceasefire",
        "Israel and Hamas are negotiating a ceasefire.",
        [("Israel", "negotiates-with", "Hamas")],
    ),
    # assertion: a suspension reaches neither a later clause nor an accusation
    (
        "suspended talks, then accusing",
        "Colombia suspended peace talks with the ELN on Friday, accusing the rebels of war crimes.",
        [("Colombia", "accuses", "ELN")],
    ),
    (
        "denied ... after Y accused",
        "Hamas denied the claims after Israel accused it of hiding weapons.",
        [("Israel", "accuses", "Hamas")],
    ),
    (
        "a denial in a relative clause the match steps over",
        "Hamas, which denied the claims, fired rockets at Israel.",
        [("Hamas", "attacks", "Israel")],
    ),
    (
        "a hedge in a relative clause the match steps over",
        "Israel, which could not confirm the report, struck Hezbollah positions on Monday.",
        [("Israel", "attacks", "Hezbollah")],
    ),
    (
        "a negation before a 'when' clause",
        "No one was hurt when Hamas fired rockets at Israel.",
        [("Hamas", "attacks", "Israel")],
    ),
    (
        "an accusation in a relative clause the match steps over",
        "Hamas, which Israel accuses of hiding weapons, fired rockets at Israel.",
        [("Hamas", "attacks", "Israel"), ("Israel", "accuses", "Hamas")],
    ),
    (
        "peace-process-between",
        "The peace process between Colombia and the FARC took four years.",
        [("Colombia", "negotiates-with", "FARC")],
    ),
    (
        "peace-process-between, a prisoner swap",
        "The prisoner swap between Russia and Ukraine was delayed.",
        [("Russia", "negotiates-with", "Ukraine")],
    ),
    (
        "x-and-y-signed, holding talks",
        "Sudan and the RSF are holding indirect talks.",
        [("Sudan", "negotiates-with", "Rapid Support Forces")],
    ),
    # an acronym in brackets after its own name (a view without it)
    (
        "acronym after the second party",
        "Ethiopia and the Tigray People's Liberation Front (TPLF) signed a peace deal.",
        [("Ethiopia", "negotiates-with", "Tigray People's Liberation Front")],
    ),
    (
        "acronyms after both parties",
        "Fighting between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) "
        "went on.",
        [("Sudan", "opposes", "Rapid Support Forces")],
    ),
    (
        "said-y-was-responsible",
        "Kenya said al-Shabaab was responsible for the attack.",
        [("Kenya", "accuses", "al-Shabaab")],
    ),
    (
        "said-y-was-responsible, behind",
        "Kyiv insists Moscow was behind the blast.",
        [("Ukraine", "accuses", "Russia")],
    ),
    (
        "relative-accuses",
        "Mali, which accuses France of backing jihadists, expelled the ambassador.",
        [("Mali", "accuses", "France")],
    ),
    (
        "relative-accuses, has long blamed",
        "Kyiv, which has long blamed Moscow for the blast, demanded an inquiry.",
        [("Ukraine", "accuses", "Russia")],
    ),
    (
        "said-y-attacked",
        "Moscow said Kyiv had used rocket launchers to shell the town.",
        [("Russia", "accuses", "Ukraine")],
    ),
    (
        "said-y-attacked, fired at",
        "The Pentagon said Kataib Hezbollah fired drones at the base.",
        [("United States", "accuses", "Kataib Hezbollah")],
    ),
    (
        "blamed-attack-on-y",
        "Kyiv blames the explosion on Moscow.",
        [("Ukraine", "accuses", "Russia")],
    ),
    (
        "x-and-y-accused-each-other, each ... the other",
        "Ukraine and Russia have each accused the other of violating the truce.",
        [("Ukraine", "accuses", "Russia"), ("Russia", "accuses", "Ukraine")],
    ),
    # negotiates-with
    (
        "x-and-y-signed, the deal's place after it",
        "Ethiopia and the TPLF signed a peace deal in Pretoria.",
        [("Ethiopia", "negotiates-with", "TPLF")],
    ),
    (
        "received-person, a visitor received",
        "Russian President Vladimir Putin received Iraqi Prime Minister"
        " Mohammed Shia al-Sudani in Moscow.",
        [("Vladimir Putin", "negotiates-with", "Mohammed Shia al-Sudani")],
    ),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "received weapons: a nationality adjective is no visitor",
        "The Ethiopian army has received Turkish and Chinese drones, analysts say.",
        [("Ethiopia", "negotiates-with", "Turkey"), ("Ethiopia", "negotiates-with", "China")],
    ),
    (
        "negated fight",
        "There was no fight between the Sudanese army and the Rapid Support Forces.",
        [("Sudan", "opposes", "Rapid Support Forces")],
    ),
    (
        "hypothetical war: a modal of consequence after the match",
        "A war between Iran and Israel would be devastating for the region.",
        [("Iran", "opposes", "Israel")],
    ),
    (
        "no longer at odds",
        "Hamas and Fatah are no longer at odds.",
        [("Hamas", "opposes", "Fatah")],
    ),
    (
        "fighting alongside is no fight against",
        "The Kurds, who were fighting alongside American troops, held the town.",
        [("Kurds", "opposes", "United States")],
    ),
    (
        "a former rival",
        "Machar and his former rival Salva Kiir met in Juba.",
        [("Riek Machar", "opposes", "Salva Kiir")],
    ),
    (
        "an offensive on a place names no enemy",
        "A US-led offensive on Mosul began in October.",
        [("United States", "attacks", "Mosul")],
    ),
    (
        "a war on a place",
        "Israel's war on Gaza entered its second year.",
        [("Israel", "opposes", "Gaza")],
    ),
    (
        "denied killing",
        "JNIM denied killing soldiers in Mali.",
        [("JNIM", "attacks", "Mali")],
    ),
    (
        "hypothetical killing",
        "If JNIM kills soldiers in Mali, France will respond.",
        [("JNIM", "attacks", "Mali")],
    ),
    (
        "soldiers as the killers",
        "Soldiers killed 20 JNIM fighters in Mali.",
        [("JNIM", "attacks", "Mali")],
    ),
    (
        "mediators' ceasefire proposal with a third party",
        "Egypt and Qatar agreed a ceasefire proposal with Hamas.",
        [("Egypt", "opposes", "Qatar"), ("Egypt", "negotiates-with", "Qatar")],
    ),
    (
        "mediators signing with a third party",
        "Egypt and Qatar signed a deal with Hamas.",
        [("Egypt", "negotiates-with", "Qatar")],
    ),
    (
        "refused ceasefire",
        "Armenia and Azerbaijan refused to sign a ceasefire.",
        [("Armenia", "opposes", "Azerbaijan"), ("Armenia", "negotiates-with", "Azerbaijan")],
    ),
    (
        "two parties fighting a third",
        "The army and the RSF have been fighting the Islamists.",
        [("Sudan", "opposes", "Rapid Support Forces")],
    ),
    (
        "a counterinsurgency is no insurgency",
        "The United States waged a counterinsurgency in Afghanistan.",
        [("United States", "opposes", "Afghanistan")],
    ),
    (
        "an insurgency in a region of no named state",
        "Boko Haram has waged an insurgency in Borno State since 2009.",
        [("Boko Haram", "opposes", "Borno State")],
    ),
    (
        "negated insurgency",
        "Al-Shabaab has not waged an insurgency in Ethiopia.",
        [("al-Shabaab", "opposes", "Ethiopia")],
    ),
    (
        "denied responsibility",
        "Al-Shabaab denied responsibility for the attack on Kenya's embassy.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "a former conflict",
        "Egypt's former conflict with Israel ended in 1979.",
        [("Egypt", "opposes", "Israel")],
    ),
    (
        "threatened to declare war",
        "The Houthis threatened to declare war on Israel.",
        [("Houthis", "opposes", "Israel")],
    ),
    (
        "not responsible",
        "Kenya said al-Shabaab was not responsible for the attack.",
        [("Kenya", "accuses", "al-Shabaab")],
    ),
    (
        "denied that Y was behind",
        "Kenya denied that al-Shabaab was behind the attack.",
        [("Kenya", "accuses", "al-Shabaab")],
    ),
    (
        "opposing a bid is no hostility",
        "Turkey opposed Sweden's bid to join NATO.",
        [("Turkey", "opposes", "Sweden")],
    ),
    (
        "no longer opposes",
        "Hamas no longer opposes Fatah.",
        [("Hamas", "opposes", "Fatah")],
    ),
    (
        "fighting alongside",
        "JNIM, one of the groups fighting alongside the Malian army, claimed the attack.",
        [("JNIM", "opposes", "Mali")],
    ),
    (
        "the place of the talks is no party",
        "Colombia sent a delegation to Havana for talks with the ELN.",
        [("Cuba", "negotiates-with", "ELN"), ("Havana", "negotiates-with", "ELN")],
    ),
    (
        "denied accusing",
        "Mali, which denies accusing France of backing jihadists, expelled the ambassador.",
        [("Mali", "accuses", "France")],
    ),
    (
        "an allegation with its accuser inside the match",
        "Rwanda, which Congo accuses of backing M23, denied the claims.",
        [("Democratic Republic of the Congo", "backs", "M23")],
    ),
    (
        "said Y had not attacked",
        "Kenya said al-Shabaab had not attacked the base.",
        [("Kenya", "accuses", "al-Shabaab")],
    ),
    (
        "said Y could attack",
        "Kenya said al-Shabaab could attack the base.",
        [("Kenya", "accuses", "al-Shabaab")],
    ),
    (
        "said Y was attacked: a victim, not an accused",
        "Kenya said al-Shabaab was attacked by Ethiopia.",
        [("Kenya", "accuses", "al-Shabaab")],
    ),
    (
        "refused talks",
        "Colombia's refusal to hold talks with the ELN angered Cuba.",
        [("Colombia", "negotiates-with", "ELN")],
    ),
    (
        "proposed talks that never happened",
        "Colombia's proposed talks with the ELN never happened.",
        [("Colombia", "negotiates-with", "ELN")],
    ),
    (
        "an envoy who refused to meet",
        "Sudan's envoy refused to meet the RSF.",
        [("Sudan", "negotiates-with", "Rapid Support Forces")],
    ),
    (
        "X-backed forces are not X",
        "Clashes pitting the Houthis against Saudi-backed forces killed dozens.",
        [("Houthis", "opposes", "Saudi Arabia")],
    ),
    (
        "a clause after the first party",
        "Clashes involving the M23 ended when Congolese troops withdrew and Rwanda mediated.",
        [("M23", "opposes", "Rwanda"), ("Democratic Republic of the Congo", "opposes", "Rwanda")],
    ),
    (
        "suspended attacks",
        "Kataib Hezbollah said it was suspending attacks on American forces.",
        [("Kataib Hezbollah", "attacks", "United States")],
    ),
    (
        "negation before a time clause still governs its own clause",
        "Israel did not strike Hezbollah after the truce.",
        [("Israel", "attacks", "Hezbollah")],
    ),
    (
        "a condition is no time clause",
        "If Israel attacks Iran, Hezbollah will respond.",
        [("Israel", "attacks", "Iran")],
    ),
    (
        "a negated relation inside the relative clause",
        "Hamas, which has not attacked Israel, held a rally.",
        [("Hamas", "attacks", "Israel")],
    ),
    (
        "a hedged relation inside the relative clause",
        "Hamas, which could attack Israel, held a rally.",
        [("Hamas", "attacks", "Israel")],
    ),
    (
        "the blamer of an attack is no attacker",
        "Kenya blamed the attack on al-Shabaab.",
        [("Kenya", "attacks", "al-Shabaab")],
    ),
    (
        "the victim of a condemned attack is not the accused",
        "Iraq condemned the attacks on U.S. bases.",
        [("Iraq", "accuses", "United States"), ("Iraq", "attacks", "United States")],
    ),
    (
        "said they would attack",
        "The Houthis and Hezbollah said they would attack Israel.",
        [("Houthis", "attacks", "Israel"), ("Hezbollah", "attacks", "Israel")],
    ),
    (
        "said they were attacked",
        "The Houthis and Hezbollah said they were attacked by Israel.",
        [("Houthis", "attacks", "Israel"), ("Hezbollah", "attacks", "Israel")],
    ),
    (
        "no longer enemies",
        "Egypt and Israel are no longer enemies.",
        [("Egypt", "opposes", "Israel")],
    ),
    (
        "a former enemy",
        "Egypt, a former enemy of Israel, mediated the talks.",
        [("Egypt", "opposes", "Israel")],
    ),
    (
        "two rivals of a third are not each other's",
        "Egypt and Jordan are rivals of Iran.",
        [("Egypt", "opposes", "Jordan")],
    ),
    (
        "an exchange that could happen",
        "A prisoner exchange between Russia and Ukraine could happen soon.",
        [("Russia", "negotiates-with", "Ukraine")],
    ),
    (
        "no reconciliation",
        "There was no reconciliation between Hamas and Fatah.",
        [("Hamas", "negotiates-with", "Fatah")],
    ),
    (
        "a civilian target is no attack on the state",
        "Al-Shabaab attacked a hotel in Kenya.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "hedged repelling",
        "The rebels said Kenyan troops could repel an al-Shabaab attack.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "reported clause: the accuser is the reporter, not the reported",
        "Russia said Ukrainian forces shelled the town, accusing Kyiv of war crimes.",
        [("Ukraine", "accuses", "Ukraine"), ("Ukraine", "accuses", "Russia")],
    ),
    (
        "the victim of a reported killing is no attacker",
        "Mohammed Deif, the Hamas military chief, was killed, Israel said.",
        [("Mohammed Deif", "attacks", "Israel"), ("Hamas", "attacks", "Israel")],
    ),
    (
        "a passive killing",
        "A Hezbollah commander was killed in southern Lebanon, Israel's army said.",
        [("Hezbollah", "attacks", "Israel")],
    ),
]


test_construction_found, test_construction_not_overreaching = construction_tests(CASES, NEGATIVE)
