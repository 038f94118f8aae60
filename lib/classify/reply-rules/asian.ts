import type { LanguageRules } from './schema';

// Chinese, Japanese and Korean, as their mail clients write them. Their header verbs sit
// against the date or address without spaces, so they are matched as unspaced verbs.

export const ASIAN_LANGUAGES: readonly LanguageRules[] = [
  {
    lang: 'zh',
    headerOpeners: ['在'],
    headerVerbs: [],
    headerVerbsUnspaced: ['写道', '寫道'],
    headerLabels: {
      from: ['发件人', '寄件者', '寄件人'],
      date: ['发送时间', '日期', '傳送時間', '寄件日期'],
      to: ['收件人', '收件者'],
      cc: ['抄送', '副本'],
      subject: ['主题', '主旨'],
    },
    separators: ['原始邮件', '原始郵件', '转发的邮件'],
    mobileFooters: ['(?:从|從)我的 ?{device} ?(?:发送|傳送)'],
    signOffs: ['此致', '谢谢', '謝謝'],
  },
  {
    lang: 'ja',
    headerOpeners: [],
    headerVerbs: [],
    headerVerbsUnspaced: ['のメッセージ', 'は書きました'],
    headerLabels: {
      from: ['差出人', '送信者'],
      date: ['送信日時', '日付'],
      to: ['宛先'],
      subject: ['件名'],
    },
    separators: ['元のメッセージ', '転送メッセージ'],
    mobileFooters: ['{device}から送信'],
    signOffs: ['よろしくお願いします', 'よろしくお願いいたします'],
  },
  {
    lang: 'ko',
    headerOpeners: [],
    headerVerbs: [],
    headerVerbsUnspaced: ['작성', '님이 작성'],
    headerLabels: {
      from: ['보낸 사람'],
      date: ['보낸 날짜'],
      to: ['받는 사람'],
      subject: ['제목'],
    },
    separators: ['원본 메시지', '전달된 메시지'],
    mobileFooters: ['{device}에서 보냄'],
    signOffs: ['감사합니다'],
  },
];
