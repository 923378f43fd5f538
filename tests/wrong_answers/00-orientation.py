"""Wrong answers for module 00, Orientation (format: tests/test_wrong_answers.py)."""

WRONG = {
    "ex_first_lookup": [
        ("the chapter typed in quotes", 'asthma_chapter = "10"\n', ["without quotes"]),
        ("the whole record, not its chapter", 'asthma_chapter = icd10cm.lookup("J45.909")\n',
         ["whole number", "whole record", ".chapter"]),
        ("a misspelled field: the answer cell stopped",
         'asthma_chapter = icd10cm.lookup("J45.909").chaptr\n',
         ["answer cell stopped with an error", "AttributeError", ".chaptr"]),
        ("a misspelled variable", 'asthma_chaptr = icd10cm.lookup("J45.909").chapter\n',
         ["asthma_chaptr", "misspelled"]),
    ],
    "ex_record_fields": [
        ("True in quotes",
         'fracture = icd10cm.lookup("S52.521A")\nfracture_billable = "True"\n'
         'fracture_parent = fracture.parent\n',
         ["without quotes"]),
        ("the block, not the parent",
         'fracture = icd10cm.lookup("S52.521A")\nfracture_billable = fracture.billable\n'
         'fracture_parent = fracture.block\n',
         [".parent", "not an ICD-10-CM code"]),
        ("a missing closing bracket",
         'fracture = icd10cm.lookup("S52.521A"\nfracture_billable = fracture.billable\n'
         'fracture_parent = fracture.parent\n',
         ["answer cell stopped with an error", "SyntaxError"]),
    ],
}
