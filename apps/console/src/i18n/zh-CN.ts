/** The console's Chinese texts: the corridor's own language and the default. */
export const zhCN = {
  app: { title: '陆海新通道单一窗口', node: '{{province}} 节点', skip: '跳到正文' },
  language: { label: '语言', zh: '中文', en: 'English' },
  menu: { review: '注册审核', dossiers: '我的单证', verify: '提单验真', signOut: '退出登录' },
  role: {
    ORG_ADMIN: '机构管理员', DECLARANT: '申报员', VIEWER: '查看者', CARRIER_AGENT: '承运人业务员',
    BANK_OFFICER: '银行业务员', CUSTOMS_OFFICER: '海关关员', NODE_OPERATOR: '节点运营方',
  },
  signIn: {
    title: '登录', email: '电子邮箱', password: '密码', submit: '登录', register: '注册机构',
    verify: '验证提单', required: '请填写{{field}}',
    ended: { expired: '登录已过期，请重新登录。', revoked: '此次登录已被撤销，请重新登录。', signedOut: '您已退出登录。' },
  },
  register: {
    title: '注册机构', intro: '注册后，由节点运营方审核；审核通过后，管理员即可登录。',
    nameZh: '中文名称', nameEn: '英文名称', country: '国家或地区', uscc: '统一社会信用代码', nationalId: '所在国登记号',
    kinds: '机构类型', provinceCode: '所在省份', admin: '首位管理员', email: '电子邮箱', displayName: '姓名',
    password: '密码', passwordHint: '至少 12 个字符', submit: '提交注册',
    done: '注册已提交，等待节点运营方审核。', backToSignIn: '返回登录',
    usccFormat: '统一社会信用代码为 18 位：数字和大写字母（不含 I、O、S、V、Z），第 3 至 8 位为数字',
    usccCheck: '校验码应为 {{expected}}，而不是 {{actual}}', usccOk: '校验通过',
  },
  kind: {
    TRADER: '贸易企业', CUSTOMS_BROKER: '报关企业', CARRIER: '承运人', BANK: '银行', PORT_OPERATOR: '港口运营方',
    CUSTOMS: '海关', NODE_OPERATOR: '节点运营方',
  },
  review: {
    title: '注册审核', pending: '待审核', all: '全部', name: '机构', id: '证照号码', kinds: '类型', submitted: '提交时间',
    status: '状态', actions: '操作', approve: '通过', reject: '驳回', reason: '驳回理由', reasonHint: '写明申请人可据以改正的理由',
    approved: '已通过 {{name}}', rejected: '已驳回 {{name}}', empty: '没有待审核的注册',
  },
  orgStatus: { PENDING: '待审核', APPROVED: '已通过', REJECTED: '已驳回' },
  dossiers: {
    title: '我的单证', reference: '业务编号', version: '版本', updated: '更新时间', empty: '还没有单证', open: '查看',
  },
  dossier: {
    title: '单证 {{reference}}', status: '状态', READY: '可以申报', NEEDS_ATTENTION: '需要处理', version: '第 {{version}} 版',
    findings: '检查发现', noFindings: '没有发现问题', field: '字段', rule: '规则', severity: '级别', ERROR: '错误', WARNING: '提醒',
    document: '单证内容', filings: '派生申报', provenance: '数值来源', keyed: '手工录入', value: '值', source: '来源',
    reuse: '一次录入，{{filled}} 个申报字段自动填好', stale: '已过期', back: '返回列表', filingStatus: '申报状态',
  },
  filingStatus: {
    DRAFT: '草稿', SUMMARY_SUBMITTED: '概要已申报', SUMMARY_ACCEPTED: '概要已接受', SUMMARY_REJECTED: '概要被退回',
    SUBMITTED: '已申报', ACCEPTED: '已接受', REJECTED: '已退回', RELEASED: '已放行',
  },
  verify: {
    title: '提单验真', number: '提单号', carrier: '承运人', lookup: '查询', valid: '验证通过：每一步签名与链接都正确',
    invalid: '验证未通过', state: '当前状态', holder: '持有人', node: '记录节点', steps: '流转记录',
    raw: '原始签名记录（JSON）', keys: '节点公钥', notFound: '没有找到这张提单', action: '操作', actor: '操作方',
    from: '自', to: '至', time: '时间', problems: '问题',
  },
  billState: {
    HELD: '持有中', TRANSFER_PENDING: '转让待接受', PLEDGED: '已质押', SURRENDER_PENDING: '交单待确认',
    ACCOMPLISHED: '已完成', VOID: '已作废', TRANSFERRED_OUT: '已转出至其他平台',
  },
  billAction: {
    ISSUE: '签发', TRANSFER: '背书转让', ACCEPT_TRANSFER: '接受转让', REJECT_TRANSFER: '拒绝转让', PLEDGE: '质押',
    RELEASE_PLEDGE: '解除质押', ENFORCE_PLEDGE: '行使质权', SURRENDER_FOR_DELIVERY: '交单提货', SURRENDER_FOR_AMENDMENT: '交单更正',
    ACCEPT_SURRENDER: '接受交单', REJECT_SURRENDER: '拒绝交单', IMPORT: '自其他平台转入', EXPORT: '转出至其他平台',
  },
  notFound: { title: '没有这个页面', home: '返回首页' },
  error: { generic: '出错了：{{message}}', retry: '重试', network: '无法连接节点，请检查网络后重试' },
  home: { welcome: '欢迎，{{name}}', pendingOrg: '您的机构尚未通过审核，通过后可使用全部功能。' },
};

export type Messages = typeof zhCN;
