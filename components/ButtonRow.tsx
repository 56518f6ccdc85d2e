/** One labelled action button in a {@link ButtonRow}; `testId` is the e2e hook in CONTRACT.md. */
export interface RowAction {
  testId: string;
  label: string;
  /** May be async: each action reports its own outcome, so the row only starts it. */
  onClick: () => void | Promise<void>;
  primary?: boolean;
}

/** A row of plain action buttons, so every copy and export row looks and behaves alike. */
export function ButtonRow({ class: className, actions }: { class: string; actions: RowAction[] }) {
  return (
    <div class={className}>
      {actions.map((action) => (
        <button
          key={action.testId}
          type="button"
          class={action.primary ? 'button button--primary' : 'button'}
          data-testid={action.testId}
          onClick={() => void action.onClick()}
        >
          {action.label}
        </button>
      ))}
    </div>
  );
}
