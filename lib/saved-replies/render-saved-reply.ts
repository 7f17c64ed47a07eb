// A saved reply's body with its variables filled in for this conversation.
// Pure. Known variables: {{contact.firstName}}, {{contact.name}},
// {{agent.name}}, {{agent.firstName}}, {{workspace.name}}, and
// {{contact.handle}} when the contact has one (spaces inside the
// braces and any letter case are accepted). A variable we do not know, or
// one without a value here, is left exactly as written and reported, so the
// agent sees "{{order.number}}" in the draft and fixes it: a reply must never
// go out with a silently missing word ("Hi , your order …").
export type SavedReplyVars = {
  contact: { name: string | null; handle?: string | null };
  agent: { name: string | null };
  workspace: { name: string | null };
};

export type RenderedSavedReply = {
  text: string;
  // Placeholders left in the text, as written (e.g. "{{order.number}}"), each once.
  unresolved: string[];
};

export const SAVED_REPLY_VARIABLES = ['contact.firstName', 'contact.name', 'agent.name', 'agent.firstName', 'workspace.name', 'contact.handle'] as const;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function firstName(name: string | null | undefined): string | null {
  const first = (name ?? '').trim().split(/\s+/)[0];
  // "@jo_sparkle" (a handle used as a name) greets as "jo_sparkle".
  return first ? first.replace(/^@/, '') : null;
}

function valueOf(key: string, v: SavedReplyVars): string | null {
  switch (key.toLowerCase()) {
    case 'contact.firstname':
      return firstName(v.contact.name);
    case 'contact.name':
      return v.contact.name?.trim() || null;
    case 'contact.handle':
      return v.contact.handle?.trim() || null;
    case 'agent.name':
      return v.agent.name?.trim() || null;
    case 'agent.firstname':
      return firstName(v.agent.name);
    case 'workspace.name':
      return v.workspace.name?.trim() || null;
    default:
      return null;
  }
}

export function renderSavedReply(body: string, vars: SavedReplyVars): RenderedSavedReply {
  const unresolved: string[] = [];
  const text = body.replace(PLACEHOLDER, (whole, key: string) => {
    const value = valueOf(key, vars);
    if (value !== null) return value;
    if (!unresolved.includes(whole)) unresolved.push(whole);
    return whole;
  });
  return { text, unresolved };
}

// Placeholders still in a draft (the agent may have kept one from a saved reply).
export function findPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[0]))];
}
