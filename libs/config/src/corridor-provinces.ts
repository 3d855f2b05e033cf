/**
 * The provinces of the New Western Land-Sea Corridor (西部陆海新通道): the 13 western provinces,
 * autonomous regions and municipalities that signed the corridor agreement, plus Zhanjiang in
 * Guangdong (the "+1"). Codes are the ISO 3166-2:CN subdivision codes without the "CN-" prefix.
 */
export interface CorridorProvince {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

export const CORRIDOR_PROVINCES: readonly CorridorProvince[] = [
  { code: 'CQ', nameZh: '重庆市', nameEn: 'Chongqing' },
  { code: 'GX', nameZh: '广西壮族自治区', nameEn: 'Guangxi' },
  { code: 'GZ', nameZh: '贵州省', nameEn: 'Guizhou' },
  { code: 'GS', nameZh: '甘肃省', nameEn: 'Gansu' },
  { code: 'QH', nameZh: '青海省', nameEn: 'Qinghai' },
  { code: 'XJ', nameZh: '新疆维吾尔自治区', nameEn: 'Xinjiang' },
  { code: 'YN', nameZh: '云南省', nameEn: 'Yunnan' },
  { code: 'NX', nameZh: '宁夏回族自治区', nameEn: 'Ningxia' },
  { code: 'SN', nameZh: '陕西省', nameEn: 'Shaanxi' },
  { code: 'SC', nameZh: '四川省', nameEn: 'Sichuan' },
  { code: 'NM', nameZh: '内蒙古自治区', nameEn: 'Inner Mongolia' },
  { code: 'XZ', nameZh: '西藏自治区', nameEn: 'Xizang' },
  { code: 'HI', nameZh: '海南省', nameEn: 'Hainan' },
  { code: 'GD', nameZh: '广东省湛江市', nameEn: 'Guangdong (Zhanjiang)' },
];

export const CORRIDOR_PROVINCE_CODES: readonly string[] = CORRIDOR_PROVINCES.map((p) => p.code);
