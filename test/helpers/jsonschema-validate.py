# Validates JSON documents against JSON Schemas with Python's `jsonschema` package, as an integrator
# would (test/helpers/python-jsonschema.ts drives it). Reads {"batches": [{"schema", "documents"}]} as
# UTF-8 JSON on stdin; writes {"version", "batches": [{"schemaError", "results"}]} where results[i]
# lists the errors of document i. check_schema validates a schema against its metaschema (recent
# versions also check that every pattern compiles: "… is not a 'regex'"); older ones, such as Debian's,
# only fail on the first document that reaches the pattern, so every pattern is also compiled here.
# Documents are validated without a format checker: that is what `jsonschema.validate` does, so the
# patterns must carry every check.
import json
import re
import sys
from importlib import metadata

import jsonschema


def patterns(node):
    if isinstance(node, list):
        for item in node:
            yield from patterns(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            else:
                yield from patterns(value)


def run(schema, documents):
    cls = jsonschema.validators.validator_for(schema)
    try:
        cls.check_schema(schema)
        for pattern in patterns(schema):
            try:
                re.compile(pattern)
            except re.error as e:
                raise jsonschema.exceptions.SchemaError(f"{pattern[:80]!r} is not a 'regex': {e}")
    except jsonschema.exceptions.SchemaError as e:
        return {"schemaError": str(e).split("\n")[0][:500], "results": []}
    validator = cls(schema)
    results = []
    for document in documents:
        errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
        results.append(["/".join(str(p) for p in e.absolute_path) + ": " + e.message[:300] for e in errors])
    return {"schemaError": None, "results": results}


request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
out = {"version": metadata.version("jsonschema"), "batches": [run(b["schema"], b["documents"]) for b in request["batches"]]}
sys.stdout.write(json.dumps(out, ensure_ascii=True))
