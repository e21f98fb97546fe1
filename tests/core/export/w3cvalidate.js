// SPDX-License-Identifier: MIT
// Validates JSON files against schemas of the W3C Web Annotation test suite in one Node process,
// with the same engine and settings as `ajv validate` of ajv-cli 3.3.0 (ajv 6, schemaId auto,
// draft-04 and draft-06 meta-schemas, every definitions/*.json added). Spawning ajv-cli once per
// schema costs seconds each; this keeps the test at one process.
//   node w3cvalidate.js TOOLS_BIN_DIR SUITE_DIR SCHEMA_LIST_FILE DATA_FILE...
// Prints one JSON line per (schema, file): {"schema", "file", "valid", "errors"}.
'use strict';
const fs = require('fs');
const path = require('path');

const [toolsBin, suite, schemaList, ...dataFiles] = process.argv.slice(2);
const modules = path.resolve(toolsBin, '..');
const Ajv = require(path.join(modules, 'ajv'));
process.chdir(suite); // the schemas' $refs are relative to the suite folder

const definitions = fs.readdirSync('definitions').filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join('definitions', f), 'utf8')));
const data = dataFiles.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));

for (const schemaPath of fs.readFileSync(schemaList, 'utf8').split('\n').filter(Boolean)) {
    const ajv = new Ajv({schemaId: 'auto'});
    ajv.addMetaSchema(require(path.join(modules, 'ajv/lib/refs/json-schema-draft-04.json')));
    ajv.addMetaSchema(require(path.join(modules, 'ajv/lib/refs/json-schema-draft-06.json')));
    definitions.forEach((d) => ajv.addSchema(d));
    let validate;
    try {
        validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
    } catch (e) {
        console.log(JSON.stringify({schema: schemaPath, file: '', valid: false, errors: 'schema error: ' + e.message}));
        continue;
    }
    data.forEach((d, i) => {
        const valid = validate(d);
        console.log(JSON.stringify({schema: schemaPath, file: dataFiles[i], valid: !!valid,
                                    errors: valid ? '' : ajv.errorsText(validate.errors)}));
    });
}
