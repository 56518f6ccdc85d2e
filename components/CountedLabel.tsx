/** A heading's words with the number of items it heads: "Links (12)". */
export function CountedLabel({ label, count }: { label: string; count: number }) {
  return (
    <>
      {label} <span class="count">({count})</span>
    </>
  );
}
