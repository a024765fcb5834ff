"""Closed word lists the grammar refers to: general English, no actor names.

Kept apart from the rules (``graph/extract/rules/*.json``) the way spaCy keeps
``lang/en/stop_words.py`` apart from its pipelines. A rule names a list with
``"@name"`` inside an ``IN``/``NOT_IN`` value, e.g. ``{"LOWER": {"IN": "@backed"}}``;
``WORD_LISTS`` is the table those references resolve against.

>>> "warplanes" in FORCE_NOUNS
True
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    """Split a block of words (kept as prose so the lists stay readable)."""
    return text.split()


# Nouns that, after a state adjective or name, make the state the actor:
# "Russian warplanes", "U.S. Army", "Syrian regime forces", "Congo's army".
FORCE_NOUNS = frozenset(
    _words(
        """
        forces force army military troops soldiers warplanes jets aircraft planes drones drone
        navy government regime authorities officials administration junta police militia
        militias gunmen fighters airstrikes strikes air-strikes shelling bombardment artillery
        tanks tank helicopters helicopter gunships warships warship ship ships fleet ministry
        cabinet leadership presidency marines commandos paratroopers peacekeepers troopers guard
        guards mission experts positions targets strike airstrike air-strike raid raids missiles
        rockets
        """
    )
)
# A person's men: "Hadi's forces" are not Hadi.
TROOP_NOUNS = frozenset(
    _words(
        """
        forces troops soldiers fighters militia militias gunmen men loyalists supporters
        """
    )
)
# Two-word force nouns; their first word alone is not a force noun.
FORCE_MODIFIERS = frozenset(
    _words(
        """
        air security armed special regime government ground naval coast defence defense foreign
        interior intelligence drone military border federal national
        """
    )
)
# Modifiers that make a force someone else's: "a Russian mercenary force" is not Russia.
NOT_OWN_MODIFIERS = frozenset(
    _words(
        """
        mercenary mercenaries private paramilitary rebel separatist insurgent jihadist militant
        proxy opposition allied backed former
        """
    )
)
# Government-like heads that a bare anaphor ("the regime") points back to.
GOVERNMENT_NOUNS = frozenset(
    _words(
        """
        government regime junta administration authorities cabinet army military
        """
    )
)
# Heads of named armed groups and bodies: "the X Front", "Y Brigades".
GROUP_HEADS = frozenset(
    _words(
        """
        Front Brigade Brigades Movement Army Council Forces Legion Alliance Party Group
        Organization Organisation Battalion Battalions Division Corps Militia Militias Coalition
        Union Guard Guards Committee Committees Mobilization Mobilisation Units Resistance Jihad
        Faction Regiment Squadron Network Liberation Mujahideen Command
        """
    )
)
# Heads that make a named group a coalition rather than a single group.
COALITION_HEADS = frozenset(
    _words(
        """
        Alliance Coalition Front Union
        """
    )
)
# Heads of named non-armed organisations: monitors, NGOs, media, agencies.
ORG_HEADS = frozenset(
    _words(
        """
        Observatory Institute Center Centre Agency Foundation Watch Commission Office Society
        Association Federation Crescent Cross Initiative Project Network Monitor Service
        Services Bank Company Corporation Ministry Tribunal Court Fund Programme Program
        """
    )
)
# Lower-case nouns that name an unnamed group by its kind: "the X faction".
GROUP_NOUNS = frozenset(
    _words(
        """
        group faction militia movement organization organisation brigade battalion alliance
        coalition front
        """
    )
)
# Place heads after a name ("Idlib province") or before "of" ("the town of X").
PLACE_HEADS = frozenset(
    _words(
        """
        province region district governorate county city town village villages area municipality
        prefecture state oblast valley camp
        """
    )
)
COMPASS = frozenset(
    _words(
        """
        northern southern eastern western central northwestern northeastern southwestern
        southeastern north-western north-eastern south-western south-eastern northwest northeast
        southwest southeast north south east west
        """
    )
)
# Titles and roles before a person's name. The value says what the holder does.
ROLE_LEADS = frozenset(
    _words(
        """
        head leader chief commander president chairman chairwoman chair founder emir king queen
        prince premier director general colonel major captain lieutenant marshal brigadier
        admiral sheikh coordinator secretary-general boss warlord kingpin ringleader strongman
        ruler dictator chancellor monarch sultan co-founder cofounder
        """
    )
)
ROLE_REPRESENTS = frozenset(
    _words(
        """
        spokesman spokeswoman spokesperson envoy minister ambassador official representative
        negotiator delegate deputy vice adviser advisor aide diplomat
        """
    )
)
ROLE_WORDS = ROLE_LEADS | ROLE_REPRESENTS
# Ranks and honorifics that open a name and are dropped from the label.
HONORIFICS = frozenset(
    _words(
        """
        General Gen. Colonel Col. Major Maj. Captain Capt. Lieutenant Lt. Marshal Brigadier
        Admiral Sheikh Dr. Mr. Mrs. Ms. Imam Mullah President Prime Minister King Queen Prince
        Emir Commander Vice Foreign Defence Defense Interior Deputy Field Brig. Sgt. Adm. Cpl.
        Pvt. Cmdr. Cdr. Lt.-Gen. Lt.-Col. Maj.-Gen. Brig.-Gen. Col.-Gen. Gov. Sen. Rep. Amb. Prof.
        Sergeant Corporal Brigadier-General Lieutenant-General Major-General
        """
    )
)
# Abbreviated ranks and titles: one token with their period, never a sentence end.
ABBREVIATIONS = frozenset(
    _words(
        """
        Gen. Lt. Col. Maj. Capt. Brig. Sgt. Adm. Cpl. Pvt. Cmdr. Cdr. Lt.-Gen. Lt.-Col.
        Maj.-Gen. Brig.-Gen. Gov. Sen. Rep. Amb. Dr. Mr. Mrs. Ms. Prof. Col.-Gen. Rev. Fr.
        """
    )
)
# Lower-case particles inside transliterated names: "Abd al-Rahman", "Bin Laden".
NAME_PARTICLES = frozenset(
    _words(
        """
        al el ul ad ar as ash at az bin ibn bint abu abd de del der da di du la le van von wa
        """
    )
)
PRONOUNS_GROUP = frozenset(
    _words(
        """
        it its they their them
        """
    )
)
PRONOUNS_PERSON = frozenset(
    _words(
        """
        he his him she her
        """
    )
)
# Nouns after "its"/"their" that make the pronoun the acting party.
PRONOUN_HEADS = FORCE_NOUNS | frozenset(
    _words(
        """
        members units positions
        """
    )
)

# Words that end a possessive person's noun phrase: in "X's comments came after Armenian
# officials...", "X's visit to Russia" the actor after them is not X's government.
NOT_IN_POSSESSIVE_GOVERNMENT = frozenset(
    _words(
        """
        after before against with to for from in on at by of about over under than as when while
        since came come comes said says told and or but that which who whom comments remarks
        statement statements visit call calls letter speech trip decision claims words remark
        meeting talks
        """
    )
)

# Nouns after which a bare "military"/"army" is an adjective: "military aid" names no actor.
ADJECTIVAL_ARMY_HEADS = frozenset(
    _words(
        """
        aid assistance support equipment hardware supplies academy hospital court courts tribunal
        budget spending
        """
    )
)

# Relation cue words, named by the construction they serve.
BACKED = frozenset(
    _words(
        """
        backed supported sponsored funded financed armed equipped trained bankrolled assisted
        """
    )
)
BACK_VERBS = frozenset(
    _words(
        """
        backs backed back backing supports supported support supporting arms armed funds funded
        finances financed sponsors sponsored bolsters bolstered props propped aids aided assists
        assisted equips equipped trains trained bankrolls bankrolled helped helps arming funding
        financing sponsoring equipping
        """
    )
)
SUPPORT_NOUNS = frozenset(
    _words(
        """
        backing support aid assistance funding weapons arms help sponsorship patronage
        """
    )
)
LED = frozenset(
    _words(
        """
        led headed commanded run chaired
        """
    )
)
LEAD_VERBS = frozenset(
    _words(
        """
        leads led heads headed commands commanded chairs chaired runs
        """
    )
)
ALLY_NOUNS = frozenset(
    _words(
        """
        ally allies partner partners
        """
    )
)
ATTACK_VERBS = frozenset(
    _words(
        """
        attacked attacks attack struck strikes strike hit hits targeted targets target shelled
        shells shelling bombed bombs bombing raided raids ambushed ambushes killed kills kill
        destroyed destroys assaulted stormed overran overpowered pounded rocketed besieged
        targeting attacking bombarded bombarding pounding ambushing raiding
        """
    )
)
ATTACK_NOUNS = frozenset(
    _words(
        """
        attack attacks strike strikes airstrike airstrikes air-strike air-strikes raid raids
        assault assaults offensive bombardment bombing shelling ambush ambushes operation
        operations
        """
    )
)
MEET_VERBS = frozenset(
    _words(
        """
        met meets meet visited visits hosted hosts received
        """
    )
)
TALK_NOUNS = frozenset(
    _words(
        """
        talks truce ceasefire cease-fire deal agreement accord negotiations meeting meetings
        dialogue summit pact armistice ceasefires truces deals agreements accords
        """
    )
)
ACCUSE_VERBS = frozenset(
    _words(
        """
        accused accuses accuse denounced denounces denounce condemned condemns condemn blamed
        blames blame criticised criticized criticises criticizes slammed slams accusing
        blaming condemning denouncing
        """
    )
)
FIGHT_NOUNS = frozenset(
    _words(
        """
        fighting clashes clash war battles battle hostilities conflict confrontation
        """
    )
)
FIGHT_VERBS = frozenset(
    _words(
        """
        fighting fights fought fight battling battles battled clashed clashing oppose opposes
        opposed opposing
        """
    )
)
TOPPLE_VERBS = frozenset(
    _words(
        """
        topple oust overthrow defeat depose unseat
        """
    )
)
CONTROL_VERBS = frozenset(
    _words(
        """
        seized captured took take takes taking retook regained recaptured controls control
        controlled controlling dominate dominates dominated holds held
        """
    )
)

# Capitalised words that name a time, not a place: "near Christmas", "around Monday".
CALENDAR = frozenset(
    _words(
        """
        January February March April May June July August September October November December
        Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday
        Friday Saturday Sunday Christmas Easter Ramadan Eid New Year Midnight Noon
        """
    )
)
# Nouns between "held" and the place held: "held a pocket of territory in the Kursk region".
HELD_SPAN = frozenset(
    _words(
        """
        the most much all parts part swathes swaths large key strategic a pocket of territory
        in town city village villages area areas region rural northern southern eastern western
        central stretches stretch chunks chunk
        """
    )
)

# Assertion cues: a relation in their scope is not asserted as a fact.
NEGATIONS = frozenset(
    _words(
        """
        not n't never no neither nor denied denies deny denying rejected refuted dismissed
        suspended suspends suspend suspending halted halts halting
        """
    )
)
HEDGES = frozenset(
    _words(
        """
        could would might may if unless whether allegedly possibly perhaps probably should
        """
    )
)
INTENTIONS = frozenset(
    _words(
        """
        threatened threatens vowed vows plans planned planning intends wants seeks sought aims
        urged urges warned warns
        """
    )
)
# Cues that an actor has left a place: "withdrew from its outposts in X".
SPATIAL_LOSS = frozenset(
    _words(
        """
        withdrew withdrawn withdrawal withdrawing pulled lost ceded evacuated abandoned
        retreated fled expelled ousted driven
        """
    )
)
FALSITY = frozenset(
    _words(
        """
        false untrue baseless unfounded fabricated fake lies
        """
    )
)
# Tokens that start a new clause: cues before them do not reach past.
CLAUSE_BREAKS = frozenset(
    _words(
        """
        ; : but while whereas although though says said say added stated told adding saying
        """
    )
)
REPORT_VERBS = frozenset(
    _words(
        """
        says said say added stated told claims claimed
        """
    )
)

# Verbs a title-case headline capitalises right after its subject: "Russia Strikes
# Kill 78", "Boko Haram Attacks Base", "India Says Army Killed". Capitalised, they
# are no part of a name and do not extend the actor before them.
_HEADLINE_EXTRA = frozenset(
    _words(
        """
        shelling shells kills killing claim warns warn vows vow denies deny accuses accuse
        condemns condemn
        """
    )
)
# Base forms that also sit inside names ("the Hit Squad", "Strike Force") stay out.
HEADLINE_VERBS = (ATTACK_VERBS | REPORT_VERBS | _HEADLINE_EXTRA) - frozenset(
    _words("hit strike target")
)

# A state's posts and units: after a state adjective they make it the one
# attacked or acting: "an Israeli base", "a Kenyan convoy", "Malian army posts".
FACILITY_NOUNS = frozenset(
    _words(
        """
        base bases convoy convoys post posts outpost outposts checkpoint checkpoints patrol
        patrols barracks garrison garrisons embassy consulate vessel vessels frigate
        """
    )
)

#: The table of ``@name`` references available to rule files.
WORD_LISTS: dict[str, frozenset[str]] = {
    "force_nouns": FORCE_NOUNS,
    "group_nouns": GROUP_NOUNS,
    "role_leads": ROLE_LEADS,
    "role_represents": ROLE_REPRESENTS,
    "not_in_possessive_government": NOT_IN_POSSESSIVE_GOVERNMENT,
    "role_words": ROLE_WORDS,
    "backed": BACKED,
    "back_verbs": BACK_VERBS,
    "support_nouns": SUPPORT_NOUNS,
    "led": LED,
    "lead_verbs": LEAD_VERBS,
    "ally_nouns": ALLY_NOUNS,
    "attack_verbs": ATTACK_VERBS,
    "attack_nouns": ATTACK_NOUNS,
    "meet_verbs": MEET_VERBS,
    "talk_nouns": TALK_NOUNS,
    "accuse_verbs": ACCUSE_VERBS,
    "fight_nouns": FIGHT_NOUNS,
    "fight_verbs": FIGHT_VERBS,
    "topple_verbs": TOPPLE_VERBS,
    "control_verbs": CONTROL_VERBS,
    "calendar": CALENDAR,
    "held_span": HELD_SPAN,
    "place_heads": PLACE_HEADS,
    "compass": COMPASS,
    "group_heads": GROUP_HEADS,
    "org_heads": ORG_HEADS,
    "honorifics": HONORIFICS,
    "name_particles": NAME_PARTICLES,
    "pronouns_group": PRONOUNS_GROUP,
    "pronouns_person": PRONOUNS_PERSON,
    "pronoun_heads": PRONOUN_HEADS,
}
