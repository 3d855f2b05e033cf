import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, type Language } from '../i18n/i18n';

/** 中文 / English; the choice is kept in this browser (the language only). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      value={i18n.language as Language}
      onChange={(language) => void chooseLanguage(language)}
      options={[
        { value: 'zh-CN', label: <span lang="zh-CN">中文</span> },
        { value: 'en', label: <span lang="en">English</span> },
      ]}
    />
  );
}
