import type { ValidationOptions } from 'class-validator';
import type { LocalisedMessage } from './domain.error.js';

/**
 * What a constraint may carry in class-validator's `context` so its failure reads in both
 * languages: a fixed message, or one made from the value that failed (e.g. "the check character
 * should be 3"). Constraints without one get their Chinese text from CHINESE_BY_CONSTRAINT below.
 */
export interface ConstraintContext {
  readonly message: LocalisedMessage | ((value: unknown, field: string) => LocalisedMessage);
}

/** Validation options by which a decorator gives its own message in both languages. */
export function bilingual(message: LocalisedMessage, options: ValidationOptions = {}): ValidationOptions {
  const context: ConstraintContext = { message };
  return { ...options, message: message.en, context: { ...options.context, ...context } };
}

/** What is known of one failed constraint when its Chinese text is written. */
export interface ConstraintFailure {
  /** The field by its path, `lines[0].hsCode`; `roles 中的每一项` when the constraint checks each item. */
  readonly subject: string;
  /** The constraint's parameters, as given to its decorator (`@Length(1, 35)` gives [1, 35]). */
  readonly constraints: readonly unknown[];
}

const list = (values: unknown): string => (Array.isArray(values) ? values.join('、') : String(values));

type Text = (failure: ConstraintFailure) => string;

/** A text that names the decorator's parameters, given when they are known (a hand-built error may lack them). */
const withParameters =
  (count: number, text: Text): Text =>
  (failure) =>
    failure.constraints.length >= count ? text(failure) : `${failure.subject} 不符合校验规则`;

const length: Text = ({ subject, constraints: [min, max] }) => {
  if (max === undefined) return `${subject} 至少须有 ${min} 个字符`;
  if (min === max) return `${subject} 必须正好是 ${min} 个字符`;
  return `${subject} 的长度须在 ${min} 到 ${max} 个字符之间`;
};

/** The Chinese text of class-validator's built-in constraints, by the constraint name in ValidationError. */
const CHINESE_BY_CONSTRAINT: Readonly<Record<string, Text>> = {
  isDefined: ({ subject }) => `缺少必填字段 ${subject}`,
  isNotEmpty: ({ subject }) => `${subject} 不能为空`,
  isString: ({ subject }) => `${subject} 必须是字符串`,
  isInt: ({ subject }) => `${subject} 必须是整数`,
  isNumber: ({ subject }) => `${subject} 必须是数字`,
  isBoolean: ({ subject }) => `${subject} 必须是布尔值（true 或 false）`,
  isArray: ({ subject }) => `${subject} 必须是数组`,
  isObject: ({ subject }) => `${subject} 必须是对象`,
  isDate: ({ subject }) => `${subject} 必须是日期`,
  isEmail: ({ subject }) => `${subject} 必须是有效的电子邮件地址`,
  isUrl: ({ subject }) => `${subject} 必须是有效的网址（URL）`,
  isUuid: ({ subject }) => `${subject} 必须是 UUID`,
  isISO31661Alpha2: ({ subject }) => `${subject} 必须是 ISO 3166-1 两位字母国家（地区）代码`,
  isIn: withParameters(1, ({ subject, constraints: [values] }) => `${subject} 必须是以下值之一：${list(values)}`),
  isEnum: withParameters(2, ({ subject, constraints: [, values] }) => `${subject} 必须是以下值之一：${list(values)}`),
  min: withParameters(1, ({ subject, constraints: [min] }) => `${subject} 不得小于 ${min}`),
  max: withParameters(1, ({ subject, constraints: [max] }) => `${subject} 不得大于 ${max}`),
  isLength: withParameters(1, length),
  minLength: withParameters(1, ({ subject, constraints: [min] }) => `${subject} 至少须有 ${min} 个字符`),
  maxLength: withParameters(1, ({ subject, constraints: [max] }) => `${subject} 最多 ${max} 个字符`),
  matches: withParameters(1, ({ subject, constraints: [pattern] }) => `${subject} 的格式不正确，须符合 ${String(pattern)}`),
  arrayMinSize: withParameters(1, ({ subject, constraints: [min] }) => `${subject} 至少须包含 ${min} 项`),
  arrayMaxSize: withParameters(1, ({ subject, constraints: [max] }) => `${subject} 最多包含 ${max} 项`),
  arrayUnique: ({ subject }) => `${subject} 中不得有重复的项`,
  nestedValidation: ({ subject }) => `${subject} 必须是对象或数组`,
  whitelistValidation: ({ subject }) => `${subject} 不是可接受的字段`,
  unknownValue: () => '请求体不是可校验的对象',
};

/** True when a constraint of this name has its own Chinese text, not only the generic one. */
export function isWordedInChinese(constraint: string): boolean {
  return constraint in CHINESE_BY_CONSTRAINT;
}

/** The Chinese text of a failed constraint; one this table does not know still names the field and the rule. */
export function chineseConstraintMessage(constraint: string, failure: ConstraintFailure): string {
  const text = CHINESE_BY_CONSTRAINT[constraint];
  const written = text ? text(failure) : `${failure.subject} 不符合校验规则（${constraint}）`;
  // A space sets a field name apart from the Chinese around it, never two Chinese words.
  return written.replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
}
