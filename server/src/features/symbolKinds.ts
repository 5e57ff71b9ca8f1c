import { SymbolKind } from 'vscode-languageserver';
import type { EntityType } from '../analysis/types';

/** The symbol icon each entity type gets in outlines and the entity search. */
export const ENTITY_SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Class,
  location: SymbolKind.Namespace,
  nationality: SymbolKind.Enum,
  event: SymbolKind.Event,
  facility: SymbolKind.Struct,
  product: SymbolKind.Interface,
  other: SymbolKind.Field,
};
