// A question's options as lettered radio buttons, the whole row clickable: shared by the
// practice card and the assignment card so both look and behave the same.
export const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

interface Props {
  name: string;
  options: readonly string[];
  chosen: number | null;
  onPick: (index: number) => void;
}

export function ChoiceList({ name, options, chosen, onPick }: Props) {
  return (
    <div className="mt-3 grid gap-2">
      {options.map((o, i) => (
        <label
          key={i}
          className="flex cursor-pointer items-start gap-3 rounded-lg border border-rule px-3 py-2.5 hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-blue-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent"
        >
          <input type="radio" name={name} value={i} checked={chosen === i} onChange={() => onPick(i)} className="mt-1 size-4 accent-accent" />
          <span>
            <span className="font-semibold">{LETTERS[i]}.</span> {o}
          </span>
        </label>
      ))}
    </div>
  );
}
