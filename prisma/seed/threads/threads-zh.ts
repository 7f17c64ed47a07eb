// Chinese: Traditional (Taiwan, Hong Kong) and Simplified (mainland,
// Singapore). Mei-Ling answers these; the routing rule requires a zh speaker.
import { a, c, img, n, rule, tag, type ThreadScript } from '../thread-script';

export const zhThreads: ThreadScript[] = [
  // --- zh-Hant ---
  {
    ch: 'messenger', lang: 'zh-Hant', ago: 9, sev: 3,
    who: { name: '林怡君' },
    tags: [tag('technical_issue', 0.9, 'app crashes when opening the map')],
    msgs: [c('你好，我的 App 一直閃退，只要打開地圖就當掉。iPhone 13，版本 4.12.0，重裝過也一樣 😢')],
  },
  {
    ch: 'email', lang: 'zh-Hant', ago: 6.5, sev: 3,
    who: { name: '陳建宏', email: 'jh.chen@shanxingzhe.example' },
    subject: '經銷合作洽詢 – 台北戶外用品店',
    tags: [tag('sales_lead', 0.92, 'Taipei outdoor shop with three stores asks about becoming a reseller')],
    handoff: { to: 'dana', note: 'Taiwan reseller: 山行者戶外用品, 3 stores in Taipei, asks for wholesale prices and MOQ. Written in Traditional Chinese; @Mei-Ling Chen can help translate.' },
    msgs: [
      c(`您好：

我們是台北的「山行者戶外用品」，目前有三間門市，客人常常詢問 Northwind 的外套和帳篷。想請問是否有機會成為台灣的經銷商？

麻煩提供批發價格、最低訂購量以及出貨時間，謝謝。

陳建宏
山行者戶外用品 採購`),
      a('sam', `Dear Mr Chen,

Thank you for your interest in stocking Northwind! Our sales team will reply to you today, and a Chinese-speaking colleague can help with any questions.

Best regards,
Sam, Northwind Outfitters`, 45),
    ],
  },
  {
    ch: 'instagram', lang: 'zh-Hant', ago: 20, sev: 4,
    who: { name: '阿哲 Jay', handle: '@jay.hikes.tw', followers: 9800 },
    tags: [tag('ugc', 0.93, 'photo on Hehuan Mountain wearing our down jacket')],
    msgs: [c('上週末去合歡山看日出，穿你們的羽絨外套完全不冷！🏔️✨ @northwindoutfitters', 0, [img('hehuan_sunrise.jpg')])],
  },
  {
    ch: 'whatsapp', lang: 'zh-Hant', ago: 30, sev: 3,
    who: { name: '黃淑芬' },
    tags: [tag('shipping_delay', 0.84, 'order held in customs for five days')],
    msgs: [c('請問寄到台灣的訂單 NW-480233 為什麼還卡在海關？已經五天了，需要我提供什麼資料嗎？')],
  },
  {
    ch: 'chat', lang: 'zh-Hant', ago: 1.02, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: '訪客 5531' },
    tags: [tag('incident', 0.87, 'same checkout error as the other reports this morning')],
    msgs: [c('結帳一直失敗，顯示 Payment could not be processed，換了兩張卡都一樣，請問是系統問題嗎？')],
  },
  {
    ch: 'email', lang: 'zh-Hant', ago: 26, sev: 3,
    who: { name: '王小明', email: 'xiaoming.wang@example.com' },
    subject: '退款問題',
    tags: [rule('refund_request', 'asks where the refund for a return is')],
    msgs: [c(`您好，

我在 5 月 28 日退回了一雙登山鞋（訂單 NW-477190），物流顯示 6 月 2 日已簽收，但到現在還沒有收到退款。請幫我查一下，謝謝。

王小明`)],
  },
  {
    ch: 'messenger', lang: 'zh-Hant', ago: 58, sev: 4, status: 'resolved', to: 'meiling',
    who: { name: '張雅婷' },
    tags: [],
    msgs: [
      c('請問台灣有門市嗎？想去試穿'),
      a('meiling', '您好！目前台灣沒有實體門市，但我們有寄送到台灣，滿 NT$3,000 免運，而且 30 天內可以免費退換貨喔 😊', 40),
      c('好的，謝謝！', 10),
    ],
  },
  {
    ch: 'x', lang: 'zh-Hant', ago: 14, sev: 3,
    who: { name: 'Kevin Lin 林', handle: '@kevinlin_tw', followers: 1300 },
    tags: [tag('feature_request', 0.88, 'asks for a Traditional Chinese app interface')],
    msgs: [c('@NorthwindHelp App 可以加入繁體中文介面嗎？家裡長輩看英文很吃力 🙏')],
  },
  {
    ch: 'instagram', lang: 'zh-Hant', ago: 3.1, sev: 4,
    who: { name: 'Vivian 吳', handle: '@vivian.wu', followers: 640 },
    tags: [],
    msgs: [c('請問 Ridgeline 外套 S 號還會補貨嗎？想要深綠色 💚')],
  },
  {
    ch: 'email', lang: 'zh-Hant', ago: 100, sev: 3, status: 'resolved', to: 'meiling',
    who: { name: '李佩珊', email: 'peishan.lee@example.net' },
    subject: '會員點數沒有入帳',
    tags: [tag('technical_issue', 0.83, 'loyalty points not credited')],
    msgs: [
      c('您好，我上個月的兩筆訂單都沒有拿到 Trail Rewards 點數，麻煩協助確認。'),
      a('meiling', '李小姐您好，已經幫您補上 860 點，是系統同步延遲造成的，造成不便很抱歉！Mei-Ling', 5 * 60),
      c('收到了，謝謝您！', 60),
    ],
  },
  {
    ch: 'chat', lang: 'zh-Hant', ago: 40, sev: 3,
    who: { name: '訪客 4410' },
    tags: [tag('technical_issue', 0.85, 'Sign in with Apple fails with error 1001')],
    msgs: [c('我無法用 Apple 登入，一直出現錯誤代碼 1001，怎麼辦？')],
  },
  {
    ch: 'whatsapp', lang: 'zh-Hant', ago: 0.45, sev: 3,
    who: { name: '蔡明哲' },
    tags: [tag('refund_request', 0.6, 'broken zip, asks to exchange')],
    msgs: [c('您好，昨天收到的外套拉鍊壞了，拉不上去，可以換貨嗎？附上照片', 0, [img('IMG_7781.jpg')])],
  },
  {
    ch: 'messenger', lang: 'zh-Hant', ago: 2.6, sev: 4,
    who: { name: 'Ka Wai Cheung' },
    tags: [],
    msgs: [c('你好，想問下寄去香港要幾多日？運費幾錢？唔該')],
  },
  {
    ch: 'api', lang: 'zh-Hant', ago: 36, sev: 4,
    who: { name: 'Mandy (Google 評論)', handle: 'google:mandy-tw-771' },
    subject: '★★★★★ 品質很好',
    tags: [],
    msgs: [c('外套品質很好，防水效果一流，客服回覆也很親切，推薦！')],
  },

  // --- zh-Hans ---
  {
    ch: 'chat', lang: 'zh-Hans', ago: 0.8, sev: 3,
    who: { name: '刘洋', email: 'liuyang@example.com' },
    tags: [tag('sales_lead', 0.93, 'quote for 300 jackets with a company logo')],
    msgs: [
      c('你好，我们公司想给团队采购 300 件冲锋衣，可以报价吗？需要印公司 logo'),
      c('交货地址在上海，希望九月前收到', 2),
    ],
  },
  {
    ch: 'email', lang: 'zh-Hans', ago: 29, sev: 3,
    who: { name: '周婷', email: 'zhouting@shanyeoutdoor.example' },
    subject: '批发合作咨询',
    tags: [rule('sales_lead', 'wholesale inquiry from a Shanghai outdoor store')],
    msgs: [c(`您好，

我们是上海的山野户外，想咨询贵品牌的批发合作。请问批发价格、起订量和到货周期是怎样的？可以发一份产品目录给我们吗？

谢谢！
周婷`)],
  },
  {
    ch: 'whatsapp', lang: 'zh-Hans', ago: 11, sev: 3,
    who: { name: '赵磊' },
    tags: [tag('technical_issue', 0.88, 'app spins forever after sign-in')],
    msgs: [c('App 登录后一直转圈，进不去。华为 P60，已经清过缓存了')],
  },
  {
    ch: 'x', lang: 'zh-Hans', ago: 5, sev: 2, why: 'possible phishing after the leak claim',
    who: { name: '小雨', handle: '@xiaoyu_hike', followers: 2200 },
    tags: [tag('incident', 0.79, 'customer received a suspicious email asking to re-verify a bank card')],
    msgs: [c('@NorthwindHelp 刚收到一封"Northwind"的邮件让我重新验证银行卡，这是诈骗吧？？是不是你们数据泄露了')],
  },
  {
    ch: 'instagram', lang: 'zh-Hans', ago: 35, sev: 4,
    who: { name: '阿楠', handle: '@anan.outdoors', followers: 15600 },
    tags: [tag('ugc', 0.92, 'photo at Siguniang Mountain in our jacket')],
    msgs: [c('在四姑娘山穿你们家的冲锋衣拍的，太帅了 📸🏔️', 0, [img('siguniang.jpg')])],
  },
  {
    ch: 'messenger', lang: 'zh-Hans', ago: 17, sev: 3,
    who: { name: '孙悦' },
    tags: [tag('feature_request', 0.86, 'asks for Alipay at checkout')],
    msgs: [c('能不能支持支付宝付款？信用卡付款老是要验证，太麻烦了')],
  },
  {
    ch: 'email', lang: 'zh-Hans', ago: 64, sev: 3, status: 'resolved', to: 'meiling',
    who: { name: '吴静', email: 'wujing@example.org' },
    subject: '退款到账了吗',
    tags: [rule('refund_request', 'asks about a refund')],
    msgs: [
      c('您好，我上周退回的睡袋退款还没到账，订单号 NW-478845。'),
      a('meiling', '吴女士您好，退款已于昨天处理，银行一般需要 3-5 个工作日到账。如有问题请随时联系我。Mei-Ling', 4 * 60),
    ],
  },
  {
    ch: 'chat', lang: 'zh-Hans', ago: 47, sev: 4,
    who: { name: '访客 3307' },
    tags: [],
    msgs: [c('请问你们寄新加坡吗？大概多久能到？')],
  },
  {
    ch: 'whatsapp', lang: 'zh-Hans', ago: 0.35, sev: 3,
    who: { name: '黄晓明' },
    tags: [tag('shipping_delay', 0.7, 'marked delivered but not received')],
    msgs: [c('我的订单显示已签收，但我根本没收到，物业也说没有')],
  },
  {
    ch: 'instagram', lang: 'zh-Hans', ago: 0.6, sev: 4,
    who: { name: 'Lily 陈', handle: '@lilychen.sg', followers: 780 },
    tags: [],
    msgs: [c('你们家的睡袋适合零下10度吗？下个月去新疆 ❄️')],
  },
  {
    ch: 'api', lang: 'zh-Hans', ago: 52, sev: 3,
    who: { name: '山里人 (App Store)', handle: 'appstore:shanliren' },
    subject: '★☆☆☆☆ 更新后一直闪退',
    tags: [tag('technical_issue', 0.8, 'app crashes after the update')],
    msgs: [c('更新到最新版本以后一打开就闪退，iPhone 12，根本用不了。')],
  },
  {
    ch: 'messenger', lang: 'zh-Hans', ago: 130, sev: 3, status: 'resolved', to: 'meiling',
    who: { name: '郑凯' },
    tags: [tag('technical_issue', 0.82, 'cannot add a Chinese address')],
    msgs: [
      c('收货地址填中文一直提示格式错误'),
      a('meiling', '您好！地址目前需要用拼音或英文填写，中文地址我们已经反馈给技术团队了。给您带来不便，抱歉！', 3 * 60),
      n('meiling', '@Yuki Tanaka another request for Chinese address support in checkout.', 2),
      c('好的，用拼音可以了，谢谢', 30),
    ],
  },
];
