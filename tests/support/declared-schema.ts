import path from 'node:path';
import ts from 'typescript';

/**
 * What src/db/schema.ts declares, read with the TypeScript compiler: every table of the
 * `Database` interface with each column's selected type (a `ColumnType`'s or `Generated`'s
 * `__select__`) reduced to kinds (string, number, boolean, Date, array, object, unknown) and
 * whether it may be null.
 */

export interface DeclaredColumn {
  kinds: string[];
  nullable: boolean;
}

export type DeclaredSchema = Map<string, Map<string, DeclaredColumn>>;

function kindsOf(type: ts.Type, checker: ts.TypeChecker, into: Set<string>): boolean {
  if (type.isUnion()) {
    let nullable = false;
    for (const member of type.types) nullable = kindsOf(member, checker, into) || nullable;
    return nullable;
  }
  const flags = type.flags;
  if (flags & ts.TypeFlags.Null) return true;
  if (flags & ts.TypeFlags.Undefined) return false;
  if (flags & (ts.TypeFlags.StringLike | ts.TypeFlags.TemplateLiteral)) into.add('string');
  else if (flags & ts.TypeFlags.NumberLike) into.add('number');
  else if (flags & ts.TypeFlags.BooleanLike) into.add('boolean');
  else if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) into.add('unknown');
  else if (checker.isArrayType(type) || checker.isTupleType(type)) into.add('array');
  else if (type.getSymbol()?.getName() === 'Date') into.add('Date');
  else into.add('object');
  return false;
}

export function readDeclaredSchema(): DeclaredSchema {
  const file = path.resolve('src/db/schema.ts');
  const program = ts.createProgram([file], {
    strict: true,
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const database = source?.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === 'Database',
  );
  if (!database) throw new Error('src/db/schema.ts declares no Database interface');
  const tables: DeclaredSchema = new Map();
  for (const table of checker.getTypeAtLocation(database).getProperties()) {
    const columns = new Map<string, DeclaredColumn>();
    for (const column of checker.getTypeOfSymbol(table).getProperties()) {
      const declared = checker.getTypeOfSymbol(column);
      const selected = declared.getProperty('__select__');
      const kinds = new Set<string>();
      const nullable = kindsOf(selected ? checker.getTypeOfSymbol(selected) : declared, checker, kinds);
      columns.set(column.getName(), { kinds: [...kinds].sort(), nullable });
    }
    tables.set(table.getName(), columns);
  }
  return tables;
}
