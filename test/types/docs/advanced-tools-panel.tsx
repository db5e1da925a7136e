// The host's own component that the README's React sample (advanced-tools.tsx) gates.
export function AdvancedToolsPanel({ unlocked }: { unlocked: boolean }) {
  return <section>{unlocked ? 'Advanced code tools' : null}</section>;
}
