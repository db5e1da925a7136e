// The host's own component that the React sample in docs/frameworks.md (advanced-tools.tsx) gates.
export function AdvancedToolsPanel({ unlocked }: { unlocked: boolean }) {
  return <section>{unlocked ? 'Advanced code tools' : null}</section>;
}
