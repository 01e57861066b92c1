/**
 * Whether a file needs the positional parser: it may hold an anchor, alias, tag, merge key,
 * directive or document marker, a tab, NUL, CR or byte order mark, or a `__proto__` key. Cheap (one
 * regular expression) and conservative: a false alarm only costs the slow path. It also keeps
 * alias bombs away from js-yaml and the serializer.
 */
const needsPositions = /[\t\0\r\ufeff]|<<|__proto__|[\s[{,][&*!]\S|^[&*!%]|^(?:---|\.\.\.)/m;

export function needsSlowPath(text: string): boolean {
  return needsPositions.test(text);
}
