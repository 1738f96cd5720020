import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** `Search`, sent once typing pauses so each key press does not query the server. */
export function SearchBox({ onSearch }: { onSearch: (text: string) => void }) {
  const { t } = useTranslation('coordinator');
  const id = useId();
  const [text, setText] = useState('');
  const search = useRef(onSearch);
  useEffect(() => {
    search.current = onSearch;
  });
  useEffect(() => {
    const timer = setTimeout(() => search.current(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div className="field field-wide">
      <label htmlFor={id}>{t('words.search')}</label>
      <input id={id} type="search" value={text} onChange={(event) => setText(event.target.value)} />
    </div>
  );
}
