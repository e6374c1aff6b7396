"""Builders and helpers shared by the test modules (no tests here).

Test modules import from this package, never from one another: `support.programs` (programs built in
code), `support.simulate` (a program file and a simulate script), `support.congress` (a congress played
on a fake clock into a journal), `support.documents` (reading Word files), `support.podium` (podium
windows driven by keys), `support.processes` (a journal writer in another process), `support.bundled`
(the program files the package ships) and `support.importing_docs` (kịch bản built in Word's shapes).
The tests folder is on the import path (`pythonpath` in pyproject.toml), so `import support` works however
pytest is started.
"""
