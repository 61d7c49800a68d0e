import { listHas, listToggle } from '@/components/export/export-form-state';

/** One choice of a checkbox list; `keys` are the values that name it (its id first). */
export type CheckboxItem = { keys: string[]; label: string; detail?: string | null; color?: string };

type Props = {
  label: string;
  items: CheckboxItem[];
  values: string[];
  onChange: (values: string[]) => void;
  /** Narrows the options listed (a search); ticked values stay in the form either way. */
  isShown?: (item: CheckboxItem) => boolean;
};

/**
 * A scrolling list of checkboxes whose ticked options are a list of the form. A value that names
 * no option (a link to a deleted theme, a typo) is listed first, ticked, so it can be unticked.
 */
export function CheckboxList({ label, items, values, onChange, isShown = () => true }: Props) {
  const unknown = values.filter((value) => !items.some((item) => listHas([value], item.keys)));
  const shown = [...unknown.map((value) => ({ keys: [value], label: value, detail: 'Not in this team' })), ...items.filter(isShown)];
  return (
    <ul aria-label={label} className="max-h-60 space-y-0.5 overflow-y-auto rounded-md border border-slate-200 bg-white p-1">
      {shown.map((item: CheckboxItem) => (
        <li key={item.keys[0]}>
          <label className="flex min-w-0 cursor-pointer items-start gap-2 rounded px-2 py-1.5 text-sm hover:bg-slate-50">
            <input
              type="checkbox"
              className="mt-0.5 h-4 w-4 shrink-0 accent-accent"
              checked={listHas(values, item.keys)}
              onChange={(event) => onChange(listToggle(values, item.keys, event.currentTarget.checked))}
            />
            {item.color && <span aria-hidden className="mt-1 h-3 w-3 shrink-0 rounded-full" style={{ backgroundColor: item.color }} />}
            <span className="min-w-0 break-words">
              {item.label}
              {item.detail && <span className="block text-xs text-slate-500">{item.detail}</span>}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
