import { SPEEDS } from "../logic/drills.js";

/** The drill clock's speed: ×1 (real time) to ×20. Extra props tie it to its label and error. */
export function SpeedSelect({
  value,
  onChange,
  ...input
}: {
  value: number;
  onChange: (speed: number) => void;
  id?: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}) {
  return (
    <select
      {...input}
      value={value}
      onChange={(e) => {
        onChange(Number(e.target.value));
      }}
    >
      {SPEEDS.map((x) => (
        <option key={x} value={x}>
          ×{x}
        </option>
      ))}
    </select>
  );
}
