"""The course's cases as charts: what ``scripts/build_ehr.py`` writes into FHIR R4 Bundles.

Each case is adapted from a case the course already teaches (the module it comes from is in
``source``). Every person, practice, payer and identifier is made up. Conditions and procedures
are written as the provider words them, never as codes: coding them is the student's work.
An observation is (name, LOINC, value, unit, low, high, category, days before the visit); a value
that is text ("positive") has no unit and no range.
"""

from __future__ import annotations

CASES: list[dict] = [
    {
        "id": "knee-injection",
        "source": "Module 13, case 3 (the worked example of module 7b)",
        "setting": "office",
        "patient": ("Walter", "Okafor", "male", "1958-09-14", "12 Birch Lane", "Dayton", "OH", "454021234"),
        "payer": ("Medicare Part B (synthetic contractor)", "Medicare", "1EG4TE5MK72"),
        "provider": ("Ana", "Reyes", "Family medicine"),
        "organization": "Riverside Family Practice",
        "location": ("Riverside Family Practice, exam room 3", "Physician office"),
        "encounter": (
            "AMB",
            "Office visit, established patient",
            "2026-03-10T09:00:00-05:00",
            "2026-03-10T09:40:00-05:00",
            "Diabetes and hypertension follow-up; right knee pain",
        ),
        "note_title": "Office visit note",
        "note": (
            "67-year-old man, established patient. Scheduled follow-up of type 2 diabetes and "
            "hypertension. Takes metformin 1,000 mg twice a day and lisinopril 20 mg daily. HbA1c "
            "today 8.9% (7.4% six months ago). Blood pressure 128/78.\n"
            "Also today: right knee pain for months; X-ray last year showed primary osteoarthritis "
            "of the right knee. After discussing options he chooses an injection. The right knee was "
            "prepped and injected with triamcinolone acetonide 40 mg, no ultrasound guidance.\n"
            "Assessment and plan:\n"
            "1. Type 2 diabetes, poorly controlled. Add empagliflozin 10 mg daily; diet discussed.\n"
            "2. Hypertension, controlled. Continue lisinopril.\n"
            "3. Primary osteoarthritis of the right knee: intra-articular steroid injection today.\n"
            "Medical decision making for the diabetes and hypertension: moderate (a chronic illness "
            "that is worsening, prescription drug management), separate from the injection."
        ),
        "assessment": [
            "Type 2 diabetes mellitus, poorly controlled",
            "Hypertension, controlled",
            "Primary osteoarthritis of the right knee",
        ],
        "problems": [
            ("Type 2 diabetes mellitus", "active", "2015-04-02"),
            ("Essential hypertension", "active", "2012-01-20"),
            ("Primary osteoarthritis, right knee", "active", "2025-02-11"),
            ("Appendectomy in childhood", "resolved", "1969-06-01"),
        ],
        "procedures": [
            (
                "Injection of the right knee joint with triamcinolone acetonide 40 mg, "
                "no ultrasound guidance",
                "Right knee joint",
            )
        ],
        "observations": [
            ("Hemoglobin A1c", "4548-4", 8.9, "%", 4.0, 5.6, "laboratory", 0),
            ("Hemoglobin A1c", "4548-4", 7.4, "%", 4.0, 5.6, "laboratory", 182),
            ("Systolic blood pressure", "8480-6", 128, "mm[Hg]", 90, 129, "vital-signs", 0),
            ("Diastolic blood pressure", "8462-4", 78, "mm[Hg]", 60, 79, "vital-signs", 0),
            ("Body weight", "29463-7", 94.0, "kg", None, None, "vital-signs", 0),
        ],
        "medications": [
            ("Metformin 1,000 mg tablet", "1 tablet by mouth twice a day", "active"),
            ("Lisinopril 20 mg tablet", "1 tablet by mouth daily", "active"),
            ("Empagliflozin 10 mg tablet", "1 tablet by mouth daily, started today", "active"),
        ],
        "past": [
            ("2025-09-09", "AMB", "Office visit, established patient", "Diabetes follow-up"),
            ("2025-02-11", "AMB", "Office visit, established patient", "Right knee pain"),
        ],
    },
    {
        "id": "ckd-query",
        "source": "Module 11 note N01 and module 4 (the physician query)",
        "setting": "office",
        "patient": (
            "Grace",
            "Lindqvist",
            "female",
            "1967-11-02",
            "48 Orchard Street",
            "Lansing",
            "MI",
            "489121100",
        ),
        "payer": ("Blue Harbor Health Plan (synthetic)", "Commercial", "BHP55120348"),
        "provider": ("Samuel", "Adeyemi", "Internal medicine"),
        "organization": "Lakeside Internal Medicine",
        "location": ("Lakeside Internal Medicine, exam room 1", "Physician office"),
        "encounter": (
            "AMB",
            "Office visit, established patient",
            "2026-02-17T14:00:00-05:00",
            "2026-02-17T14:30:00-05:00",
            "Blood pressure and cholesterol follow-up",
        ),
        "note_title": "Office visit note",
        "note": (
            "58-year-old woman for follow-up of blood pressure and cholesterol. Feels well. Takes "
            "amlodipine 5 mg and atorvastatin 20 mg daily. Blood pressure 132/82. Labs drawn last "
            "week reviewed with the patient (see results).\n"
            "Assessment and plan:\n"
            "1. Essential hypertension, controlled on amlodipine. Continue.\n"
            "2. Hyperlipidemia, LDL at goal on atorvastatin. Continue.\n"
            "3. Chronic kidney disease stage 3. Continue to monitor.\n"
            "Medical decision making: moderate (two stable chronic illnesses, prescription drug "
            "management)."
        ),
        "assessment": ["Essential hypertension", "Hyperlipidemia", "Chronic kidney disease stage 3"],
        "problems": [
            ("Essential hypertension", "active", "2019-05-14"),
            ("Hyperlipidemia", "active", "2020-08-03"),
        ],
        "procedures": [],
        "observations": [
            ("Systolic blood pressure", "8480-6", 132, "mm[Hg]", 90, 129, "vital-signs", 0),
            ("Diastolic blood pressure", "8462-4", 82, "mm[Hg]", 60, 79, "vital-signs", 0),
            ("Creatinine [serum]", "2160-0", 0.8, "mg/dL", 0.5, 1.1, "laboratory", 7),
            ("eGFR (CKD-EPI 2021)", "98979-8", 91, "mL/min/{1.73_m2}", 60, None, "laboratory", 7),
            ("eGFR (CKD-EPI 2021)", "98979-8", 88, "mL/min/{1.73_m2}", 60, None, "laboratory", 190),
            ("LDL cholesterol (calculated)", "13457-7", 92, "mg/dL", None, 100, "laboratory", 7),
        ],
        "medications": [
            ("Amlodipine 5 mg tablet", "1 tablet by mouth daily", "active"),
            ("Atorvastatin 20 mg tablet", "1 tablet by mouth at bedtime", "active"),
        ],
        "past": [("2025-08-12", "AMB", "Office visit, established patient", "Blood pressure follow-up")],
    },
    {
        "id": "ankle-sprain-ed",
        "source": "Module 5 (emergency department visits and modifiers)",
        "setting": "emergency",
        "patient": ("Marcus", "Bell", "male", "2001-07-19", "7 Canal Row", "Albany", "NY", "122071000"),
        "payer": ("Summit Mutual Insurance (synthetic)", "Commercial", "SMI00918273"),
        "provider": ("Hannah", "Brooks", "Emergency medicine"),
        "organization": "St. Brendan Hospital Emergency Physicians",
        "location": ("St. Brendan Hospital, emergency department bay 12", "Hospital emergency department"),
        "encounter": (
            "EMER",
            "Emergency department visit",
            "2026-04-04T20:15:00-04:00",
            "2026-04-04T22:05:00-04:00",
            "Right ankle injury",
        ),
        "note_title": "Emergency department physician note",
        "note": (
            "24-year-old man rolled his right ankle inward landing from a rebound while playing "
            "basketball at a community center two hours ago. Able to bear weight with pain. Exam: "
            "swelling and tenderness below the lateral malleolus over the calcaneofibular ligament; "
            "no bony tenderness at the posterior edge of either malleolus; foot neurovascularly "
            "intact. X-ray of the right ankle, three views: no fracture, no dislocation.\n"
            "Assessment: sprain of the calcaneofibular ligament of the right ankle.\n"
            "Procedure: I applied a posterior fiberglass splint from below the knee to the toes; crutches; "
            "ibuprofen over the counter; follow-up with primary care in one week.\n"
            "Medical decision making: low (an acute uncomplicated injury; imaging ordered and reviewed), "
            "a separately identifiable evaluation from the splint."
        ),
        "assessment": ["Sprain of the calcaneofibular ligament of the right ankle"],
        "problems": [],
        "procedures": [
            ("Posterior fiberglass splint from below the knee to the toes", "Right lower leg and foot"),
            ("X-ray of the right ankle, three views", "Right ankle"),
        ],
        "observations": [
            ("Pain severity, 0-10 verbal rating", "72514-3", 7, "{score}", None, None, "survey", 0),
            ("Heart rate", "8867-4", 88, "/min", 60, 100, "vital-signs", 0),
        ],
        "medications": [
            (
                "Ibuprofen 400 mg tablet (over the counter)",
                "1 tablet by mouth every 6 hours as needed",
                "active",
            )
        ],
        "past": [],
    },
    {
        "id": "colonoscopy-asc",
        "source": "Module 5 (HCPCS modifiers) and module 3 (Z codes)",
        "setting": "outpatient surgery",
        "patient": ("Helen", "Marsh", "female", "1957-05-23", "301 Quarry Road", "Bend", "OR", "977011200"),
        "payer": ("Medicare Part B (synthetic contractor)", "Medicare", "7KD2RJ4TN19"),
        "provider": ("Victor", "Nakamura", "Gastroenterology"),
        "organization": "Cascade Digestive Health",
        "location": ("Cascade Endoscopy Center, procedure room 2", "Ambulatory surgical center"),
        "encounter": (
            "AMB",
            "Outpatient procedure",
            "2026-05-12T08:00:00-07:00",
            "2026-05-12T09:10:00-07:00",
            "Screening colonoscopy",
        ),
        "note_title": "Procedure note",
        "note": (
            "Procedure: colonoscopy. Indication: colorectal cancer screening, average risk; last "
            "colonoscopy ten years ago was normal; no family history of colorectal cancer; no "
            "symptoms.\n"
            "The colonoscope was advanced to the cecum; the bowel preparation was good. An 8 mm "
            "sessile polyp in the sigmoid colon was removed with a hot snare and retrieved. The rest "
            "of the colon was normal.\n"
            "Pathology, received 2026-05-14: tubular adenoma of the sigmoid colon.\n"
            "Impression: screening colonoscopy; sigmoid colon polyp removed by snare, a tubular "
            "adenoma on pathology. Repeat colonoscopy in 7 years."
        ),
        "assessment": ["Encounter for colorectal cancer screening", "Tubular adenoma of the sigmoid colon"],
        "problems": [("Hypothyroidism", "active", "2010-03-01")],
        "procedures": [
            ("Colonoscopy to the cecum; 8 mm sigmoid polyp taken with a hot snare", "Sigmoid colon")
        ],
        "observations": [
            ("Oxygen saturation (pulse oximetry)", "59408-5", 97, "%", 94, 100, "vital-signs", 0)
        ],
        "medications": [("Levothyroxine 75 mcg tablet", "1 tablet by mouth daily", "active")],
        "past": [("2016-05-03", "AMB", "Outpatient procedure", "Screening colonoscopy")],
    },
    {
        "id": "cholecystitis-inpatient",
        "source": "Module 4 (principal diagnosis, ICD-10-PCS)",
        "setting": "inpatient",
        "patient": ("Robert", "Chen", "male", "1973-08-30", "95 Willow Court", "Fresno", "CA", "937101000"),
        "payer": ("Summit Mutual Insurance (synthetic)", "Commercial", "SMI00455120"),
        "provider": ("Elena", "Moreau", "General surgery"),
        "organization": "Valley General Surgery Associates",
        "location": ("Valley Regional Hospital, surgical unit 4 West", "Inpatient hospital"),
        "encounter": (
            "IMP",
            "Inpatient admission",
            "2026-01-20T23:40:00-08:00",
            "2026-01-23T11:00:00-08:00",
            "Right upper quadrant pain and fever",
        ),
        "note_title": "Discharge summary",
        "note": (
            "52-year-old man admitted from the emergency department with 24 hours of right upper "
            "quadrant pain, nausea and fever of 38.4 C. WBC 14.2. Ultrasound: multiple gallstones, "
            "a thickened gallbladder wall and pericholecystic fluid; common bile duct not dilated. "
            "Bilirubin and lipase normal.\n"
            "Hospital day 2: laparoscopic cholecystectomy (four ports, the gallbladder removed "
            "whole); no cholangiogram. Pathology: acute cholecystitis with cholelithiasis.\n"
            "Known hypertension (lisinopril) and hyperlipidemia (atorvastatin), both continued.\n"
            "Discharge diagnoses: acute calculous cholecystitis without obstruction; hypertension; "
            "hyperlipidemia. All present on admission. Discharged home on day 4."
        ),
        "assessment": ["Acute calculous cholecystitis without obstruction", "Hypertension", "Hyperlipidemia"],
        "problems": [
            ("Essential hypertension", "active", "2018-10-10"),
            ("Hyperlipidemia", "active", "2021-03-22"),
        ],
        "procedures": [
            ("Laparoscopic cholecystectomy, the gallbladder removed whole, no cholangiogram", "Gallbladder")
        ],
        "observations": [
            ("Body temperature", "8310-5", 38.4, "Cel", 36.1, 37.9, "vital-signs", 0),
            ("Leukocytes [blood]", "6690-2", 14.2, "10*3/uL", 4.0, 11.0, "laboratory", 0),
            ("Bilirubin, total [serum]", "1975-2", 0.9, "mg/dL", 0.1, 1.2, "laboratory", 0),
            ("Lipase [serum]", "3040-3", 38, "U/L", 13, 60, "laboratory", 0),
        ],
        "medications": [
            ("Lisinopril 10 mg tablet", "1 tablet by mouth daily", "active"),
            ("Atorvastatin 40 mg tablet", "1 tablet by mouth at bedtime", "active"),
        ],
        "past": [
            (
                "2026-01-20",
                "EMER",
                "Emergency department visit",
                "Right upper quadrant pain",
                ("18:05", "23:35"),
            )
        ],
        "hospitalization": ("Emergency department", "Discharged home"),
    },
    {
        "id": "depression-bh",
        "source": "Module 13, case 5 and module 6",
        "setting": "behavioral health",
        "patient": (
            "Dana",
            "Whitfield",
            "female",
            "1980-10-08",
            "22 Mill Street",
            "Burlington",
            "VT",
            "054011000",
        ),
        "payer": ("Blue Harbor Health Plan (synthetic)", "Commercial", "BHP77301254"),
        "provider": ("Jonah", "Feld", "Psychiatry"),
        "organization": "Green Mountain Psychiatry",
        "location": ("Green Mountain Psychiatry, office 2", "Physician office"),
        "encounter": (
            "AMB",
            "Psychiatric follow-up with psychotherapy",
            "2026-03-24T10:00:00-04:00",
            "2026-03-24T11:05:00-04:00",
            "Depression and anxiety follow-up",
        ),
        "note_title": "Psychiatry progress note",
        "note": (
            "45-year-old woman, established patient. Major depressive disorder, recurrent episode, "
            "currently moderate (third episode; PHQ-9 today 15); generalized anxiety disorder (GAD-7 "
            "12). Lost her job two months ago and is looking for work; she receives unemployment "
            "benefits and reports no trouble paying for housing, food or utilities.\n"
            "Medication management: sertraline raised from 100 to 150 mg; side effects reviewed. "
            "Medical decision making moderate (two chronic illnesses, one not at goal; prescription "
            "drug management).\n"
            "Psychotherapy: 40 minutes of cognitive behavioral therapy, 10:22 to 11:02, separate from "
            "the medication management.\n"
            "Assessment: major depressive disorder, recurrent, moderate; generalized anxiety "
            "disorder; unemployment."
        ),
        "assessment": [
            "Major depressive disorder, recurrent, moderate",
            "Generalized anxiety disorder",
            "Unemployment",
        ],
        "problems": [
            ("Major depressive disorder, recurrent", "active", "2014-02-01"),
            ("Generalized anxiety disorder", "active", "2014-02-01"),
        ],
        "procedures": [
            ("Cognitive behavioral therapy, 40 minutes, on the day of the medication visit", None)
        ],
        "observations": [
            ("PHQ-9 total score", "44261-6", 15, "{score}", None, 4, "survey", 0),
            ("GAD-7 total score", "70274-6", 12, "{score}", None, 4, "survey", 0),
            ("PHQ-9 total score", "44261-6", 11, "{score}", None, 4, "survey", 28),
        ],
        "medications": [("Sertraline 150 mg daily (raised from 100 mg today)", "by mouth daily", "active")],
        "past": [("2026-02-24", "AMB", "Psychiatric follow-up with psychotherapy", "Depression follow-up")],
    },
    {
        "id": "dental-caries",
        "source": "Module 6 (dental coding)",
        "setting": "dental",
        "patient": ("Luis", "Ortega", "male", "1994-12-01", "5 Harbor View", "Tampa", "FL", "336021000"),
        "payer": ("Coastal Dental Plan (synthetic)", "Dental", "CDP33018892"),
        "provider": ("Mei", "Tanaka", "General dentistry"),
        "organization": "Harbor Family Dentistry",
        "location": ("Harbor Family Dentistry, operatory 1", "Dental office"),
        "encounter": (
            "AMB",
            "Dental visit for a toothache",
            "2026-02-09T15:00:00-05:00",
            "2026-02-09T16:00:00-05:00",
            "Toothache, lower right",
        ),
        "note_title": "Dental progress note",
        "note": (
            "31-year-old man with sensitivity to cold in the lower right for two weeks. I examined the "
            "lower right for this complaint only and took one X-ray of tooth #30 showing the crown "
            "and the root tip. Decay in the grooves of the chewing (occlusal) surface of tooth #30, "
            "into the dentin, not reaching the pulp; the tooth responds normally to cold.\n"
            "Treatment: local anesthesia; decay removed; tooth-colored composite filling of the "
            "occlusal surface only, tooth #30.\n"
            "Diagnosis: dental caries of the pit and fissure surface of tooth #30, into the dentin."
        ),
        "assessment": ["Dental caries, pit and fissure surface, into dentin, tooth #30"],
        "problems": [],
        "procedures": [
            ("Exam of the lower right, for the toothache only", None),
            ("One X-ray of tooth #30 and its root tip", "Tooth #30"),
            ("Tooth-colored (composite) filling of the chewing surface, tooth #30", "Tooth #30"),
        ],
        "observations": [],
        "medications": [],
        "past": [("2025-08-04", "AMB", "Dental visit, routine", "Cleaning and check-up")],
    },
    {
        "id": "uti-office",
        "source": "Module 11 note N04 and module 5 (laboratory modifiers)",
        "setting": "office",
        "patient": (
            "Maria",
            "Santos",
            "female",
            "1991-06-11",
            "610 Elm Avenue",
            "El Paso",
            "TX",
            "799021000",
        ),
        "payer": ("Texas Medicaid (synthetic plan)", "Medicaid", "TXM518830021"),
        "provider": ("Lucia", "Herrera", "Family medicine"),
        "organization": "Desert Sun Family Clinic",
        "location": ("Desert Sun Family Clinic, exam room 2", "Physician office"),
        "encounter": (
            "AMB",
            "Office visit, established patient",
            "2026-02-03T11:15:00-06:00",
            "2026-02-03T11:35:00-06:00",
            "Painful urination",
        ),
        "note_title": "Office visit note",
        "note": (
            "34-year-old woman with burning on urination and frequency for two days. No fever, no "
            "flank pain, not pregnant. Urinalysis in the office (automated dipstick reader, a "
            "CLIA-waived test, no microscopy): nitrite positive, leukocyte esterase positive, no blood.\n"
            "Assessment: uncomplicated urinary tract infection.\n"
            "Plan: nitrofurantoin 100 mg twice a day for 5 days; fluids; return if fever or flank pain.\n"
            "Medical decision making: low."
        ),
        "assessment": ["Urinary tract infection, uncomplicated"],
        "problems": [("Migraine without aura", "active", "2017-09-15")],
        "procedures": [("Office urine dipstick read by an automated analyzer, no microscopic exam", None)],
        "observations": [
            ("Body temperature", "8310-5", 37.0, "Cel", 36.1, 37.9, "vital-signs", 0),
            ("Nitrite [urine, test strip]", "5802-4", "positive", None, None, None, "laboratory", 0),
            (
                "Leukocyte esterase [urine, test strip]",
                "5799-2",
                "positive",
                None,
                None,
                None,
                "laboratory",
                0,
            ),
            ("Hemoglobin [urine, test strip]", "5794-3", "negative", None, None, None, "laboratory", 0),
        ],
        "medications": [
            ("Nitrofurantoin 100 mg capsule", "1 capsule by mouth twice a day for 5 days", "active"),
            ("Sumatriptan 50 mg tablet", "1 tablet by mouth as needed for migraine", "active"),
        ],
        "past": [("2025-11-20", "AMB", "Office visit, established patient", "Migraine follow-up")],
    },
    {
        "id": "copd-office",
        "source": "Module 3 (history codes) and module 5 (drug units)",
        "setting": "office",
        "patient": ("Frank", "Delaney", "male", "1954-03-27", "14 Ridge Road", "Scranton", "PA", "185101000"),
        "payer": ("Medicare Part B (synthetic contractor)", "Medicare", "3HN8WQ2XC40"),
        "provider": ("Peter", "Kowalski", "Internal medicine"),
        "organization": "Anthracite Valley Internal Medicine",
        "location": ("Anthracite Valley Internal Medicine, exam room 4", "Physician office"),
        "encounter": (
            "AMB",
            "Office visit, established patient",
            "2026-01-13T10:30:00-05:00",
            "2026-01-13T11:20:00-05:00",
            "Worse shortness of breath",
        ),
        "note_title": "Office visit note",
        "note": (
            "71-year-old man with COPD and three days of worse shortness of breath and more sputum, "
            "no fever. Oxygen saturation 91% on room air; scattered wheezes. Chest X-ray last week: "
            "no pneumonia.\n"
            "Assessment: COPD with acute exacerbation.\n"
            "Plan: dexamethasone 10 mg intramuscular injection given in the office; "
            "albuterol inhaler refilled; recheck in one week.\n"
            "Medical decision making: moderate (a chronic illness with exacerbation, prescription "
            "drug management), separately identifiable from the injection."
        ),
        "assessment": ["COPD with acute exacerbation"],
        "problems": [
            ("Chronic obstructive pulmonary disease", "active", "2019-06-18"),
            ("Former smoker, 40 pack-years, quit in 2016", "resolved", "1972-01-01"),
        ],
        "procedures": [("Intramuscular injection of dexamethasone 10 mg", "Left deltoid")],
        "observations": [
            ("Oxygen saturation (pulse oximetry)", "59408-5", 91, "%", 94, 100, "vital-signs", 0),
            ("Respiratory rate", "9279-1", 22, "/min", 12, 20, "vital-signs", 0),
            ("Body temperature", "8310-5", 36.8, "Cel", 36.1, 37.9, "vital-signs", 0),
        ],
        "medications": [
            ("Tiotropium inhalation powder", "1 inhalation daily", "active"),
            ("Albuterol inhaler 90 mcg per puff", "2 puffs every 4 hours as needed", "active"),
        ],
        "past": [
            ("2026-01-06", "AMB", "Imaging visit", "Chest X-ray"),
            ("2025-10-14", "AMB", "Office visit, established patient", "COPD follow-up"),
        ],
    },
    {
        "id": "chest-pain-ed",
        "source": "Module 11 note on uncertain diagnoses and module 5",
        "setting": "emergency",
        "patient": ("Samuel", "Price", "male", "1967-08-15", "880 Lake Drive", "Madison", "WI", "537031000"),
        "payer": ("Summit Mutual Insurance (synthetic)", "Commercial", "SMI00773456"),
        "provider": ("Rafael", "Soto", "Emergency medicine"),
        "organization": "Lakeview Hospital Emergency Physicians",
        "location": ("Lakeview Hospital, emergency department bay 4", "Hospital emergency department"),
        "encounter": (
            "EMER",
            "Emergency department visit",
            "2026-05-30T06:10:00-05:00",
            "2026-05-30T11:45:00-05:00",
            "Chest pain",
        ),
        "note_title": "Emergency department physician note",
        "note": (
            "58-year-old man with three hours of pressure-like central chest pain at rest, no "
            "radiation. History of hypertension on losartan. ECG, my interpretation: normal sinus "
            "rhythm, no ST changes. Troponin I below the limit at arrival and at three hours. Chest "
            "X-ray normal.\n"
            "Assessment: chest pain; rule out acute coronary syndrome, which the two troponins and "
            "the ECG do not support. Hypertension.\n"
            "Plan: discharged to a stress test within 72 hours. Medical decision making: moderate."
        ),
        "assessment": ["Chest pain, acute coronary syndrome ruled out", "Hypertension"],
        "problems": [("Essential hypertension", "active", "2016-07-07")],
        "procedures": [("12-lead ECG, read by the emergency physician (the hospital's machine)", None)],
        "observations": [
            ("Troponin I [serum]", "10839-9", 0.01, "ng/mL", None, 0.04, "laboratory", 0),
            ("Troponin I [serum], 3 hours", "10839-9", 0.01, "ng/mL", None, 0.04, "laboratory", 0),
            ("Systolic blood pressure", "8480-6", 148, "mm[Hg]", 90, 129, "vital-signs", 0),
            ("Diastolic blood pressure", "8462-4", 90, "mm[Hg]", 60, 79, "vital-signs", 0),
        ],
        "medications": [("Losartan 50 mg tablet", "1 tablet by mouth daily", "active")],
        "past": [],
    },
    {
        "id": "hand-laceration-uc",
        "source": "Module 13, case 4",
        "setting": "urgent care",
        "patient": ("Priya", "Nair", "female", "1991-09-03", "41 Pine Street", "Boulder", "CO", "803021000"),
        "payer": ("Blue Harbor Health Plan (synthetic)", "Commercial", "BHP90022817"),
        "provider": ("Owen", "Gallagher", "Urgent care"),
        "organization": "Foothills Urgent Care",
        "location": ("Foothills Urgent Care, procedure room", "Urgent care center"),
        "encounter": (
            "AMB",
            "Urgent care visit",
            "2026-04-18T18:20:00-06:00",
            "2026-04-18T19:10:00-06:00",
            "Cut on the left hand",
        ),
        "note_title": "Urgent care note",
        "note": (
            "34-year-old woman cut the palm of her left hand on a broken drinking glass while washing "
            "dishes at home one hour ago. Exam: a clean 2.4 cm laceration of the left palm, no "
            "foreign body on exploration, tendons and nerves intact.\n"
            "Procedure: irrigation, single-layer closure with four nylon sutures. Her last tetanus "
            "shot was 12 years ago: Tdap 0.5 mL given intramuscularly.\n"
            "The visit was limited to the wound. Assessment: laceration of the left palm without "
            "foreign body; tetanus prophylaxis."
        ),
        "assessment": ["Laceration of the left palm without foreign body", "Tetanus prophylaxis"],
        "problems": [],
        "procedures": [
            ("Single-layer closure of a 2.4 cm cut of the left palm, four sutures", "Left palm"),
            ("Tdap vaccine 0.5 mL intramuscular, with its administration", "Right deltoid"),
        ],
        "observations": [
            ("Pain severity, 0-10 verbal rating", "72514-3", 5, "{score}", None, None, "survey", 0)
        ],
        "medications": [],
        "past": [],
    },
]
"""The cases, in the order ``course.ehr.cases()`` lists them."""
