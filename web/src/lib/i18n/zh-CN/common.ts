/** 简体中文 messages — App shell, sign-in, errors, roles, navigation and shared words. */
export const common = {
  'app.name': '链招',
  'app.brand': '链招 Lianzhao',
  'app.tagline': '开发区产业链招商管理平台',
  'app.loading': '正在加载…',
  'app.skipToContent': '跳到主要内容',
  'app.menu': '菜单',
  'app.mainNav': '主导航',
  'app.pageTitle': '{page} · 链招',

  'locale.label': '语言',
  'locale.zh-CN': '中文',
  'locale.en': 'English',

  'login.title': '登录',
  'login.email': '邮箱',
  'login.password': '密码',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.invalidInput': '请输入有效的邮箱地址和密码。',
  'login.sessionExpired': '登录已过期，请重新登录。',
  'login.demoHint': '演示账号的密码均为 {password}，例如 {email}。',

  'error.title': '出错了',
  'error.retry': '重试',
  'error.detail': '服务器信息：{message}',
  'error.UNAUTHENTICATED': '请先登录。',
  'error.FORBIDDEN': '你没有权限执行此操作。',
  'error.NOT_FOUND': '未找到所请求的内容。',
  'error.VALIDATION': '输入有误，请检查后重试。',
  'error.CONFLICT': '数据已被他人修改，请刷新后重试。',
  'error.UNAVAILABLE': '数据库暂时不可用，请稍后重试。',
  'error.INTERNAL': '服务器出错了，请稍后再试。',
  'error.NETWORK': '无法连接服务器，请检查网络后重试。',
  'error.INVALID_CREDENTIALS': '邮箱或密码不正确。',
  'error.RATE_LIMITED': '尝试次数过多，请稍后再试。',

  'role.OFFICER': '招商专员',
  'role.ZONE_MANAGER': '开发区负责人',
  'role.LEADER': '挂点领导',
  'role.ANALYST': '分析员',
  'role.ADMIN': '系统管理员',

  'user.province': '省级',
  'user.logout': '退出登录',

  'nav.groupWork': '招商工作',
  'nav.groupReference': '基础数据',
  'nav.groupSystem': '系统',
  'nav.dashboard': '工作台',
  'nav.chainMap': '产业链图谱',
  'nav.leads': '招商线索',
  'nav.projects': '重大项目',
  'nav.firms': '企业库',
  'nav.zones': '开发区',
  'nav.chains': '产业链',
  'nav.admin': '管理',
  'nav.settings': '设置',

  'notBuilt.badge': '尚未建成',
  'notBuilt.lead': '这一部分还在开发中。建成后，这里将提供：',
  'notBuilt.dashboard':
    '今日待跟进和已逾期的线索、30 天无跟进的停滞线索、本周的阶段变化，以及你负责或关注的红灯、黄灯项目。',
  'notBuilt.firms':
    '企业库：统一社会信用代码校验、链主、专精特新、小巨人等标签、所属环节和配套关系，支持 CSV / Excel 导入、查重与合并。',
  'notBuilt.admin': '用户与权限、开发区、产业链环节维护、数据导入，以及任一用户周报的预览。',
  'notBuilt.back': '查看开发区',

  'forbidden.title': '无权访问',
  'forbidden.body': '只有系统管理员可以打开此页面。',

  'notFound.title': '页面不存在',
  'notFound.body': '链接可能有误，或页面已被移走。',
  'notFound.home': '返回首页',

  'common.all': '全部',
  'common.cancel': '取消',
  'common.save': '保存',
  'common.saving': '正在保存…',
  'common.loading': '正在加载…',
  'common.loadMore': '加载更多',
  'common.loadingMore': '正在加载…',
  'common.clearFilters': '清除筛选',

  'common.yes': '是',
  'common.no': '否',
  'common.close': '关闭',

  'nav.myProjects': '我包联的项目',
};

/** The keys of this part of the catalogue; the English part must have exactly these. */
export type CommonMessages = Record<keyof typeof common, string>;
