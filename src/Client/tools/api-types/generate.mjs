// Writes src/api/schema.ts, the TypeScript shapes of the server's JSON, from the client's copy of the Silo's OpenAPI
// document (openapi/challengehub.json, which the Silo's build writes; OpenApiContractTests holds it to the served one). The
// client's build runs this before its type check, so shapes the client code does not follow fail the build. With
// CHALLENGEHUB_CHECK_TYPES=1 (CI) it writes nothing and fails when the checked-in schema.ts is not the one the document gives.
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const client = new URL('../../', import.meta.url);
const source = new URL('openapi/challengehub.json', client);
const target = new URL('src/api/schema.ts', client);

const number = ts.factory.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword);
const nullable = ts.factory.createUnionTypeNode([number, ts.factory.createLiteralTypeNode(ts.factory.createNull())]);

const ast = await openapiTS(JSON.parse(readFileSync(source, 'utf8')), {
  // ASP.NET Core describes numbers as "integer or string" (it can read quoted numbers); the server always writes numbers.
  transform(schema) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.includes('integer') && !types.includes('number')) return undefined;
    return types.includes('null') ? nullable : number;
  },
});

const header = '// Generated from openapi/challengehub.json by tools/api-types/generate.mjs in every client build. Do not edit.\n\n';
const text = header + astToString(ast);
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // First run: nothing to compare with.
}
if (current !== text) {
  if (process.env.CHALLENGEHUB_CHECK_TYPES === '1') {
    console.error('src/api/schema.ts is not the one openapi/challengehub.json gives: build locally and commit the regenerated file.');
    process.exit(1);
  }
  writeFileSync(target, text);
}
