// H5 only: a film's titles and video file, then a resumable tus upload with its progress.
import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { useI18n } from '../../i18n';
import { startFilmUpload, type FilmUpload } from './tus';

export function useFilmUpload(cardId: string, onUploaded: () => void) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [file, setFileState] = useState<File | null>(null);
  /** 0…1 while uploading, null otherwise. */
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Changes to empty the file input after an upload. */
  const [inputKey, setInputKey] = useState(0);
  const [resumed, setResumed] = useState(false);
  const current = useRef<FilmUpload | null>(null);

  const setFile = (f: File | null) => {
    setFileState(f);
    setError(null);
  };

  const submit = async () => {
    if (progress !== null) return;
    if (!title.trim()) return setError(t('staffFilms.needTitle'));
    if (!file || !file.size) return setError(t('staffFilms.needFile'));
    setError(null);
    setProgress(0);
    const upload = startFilmUpload(file, { cardId, title, titleEn }, (f) => setProgress(f));
    current.current = upload;
    void upload.resumed.then(setResumed);
    const res = await upload.done;
    current.current = null;
    setProgress(null);
    setResumed(false);
    if (!res.ok) return setError(res.code === 'ABORTED' ? null : res.message);
    setTitle('');
    setTitleEn('');
    setFileState(null);
    setInputKey((k) => k + 1);
    Taro.showToast({ title: t('staffFilms.uploaded'), icon: 'none', duration: 1500 });
    onUploaded();
  };

  const cancel = () => void current.current?.abort();
  const percent = progress === null ? 0 : Math.round(progress * 100);

  return { title, setTitle, titleEn, setTitleEn, setFile, uploading: progress !== null, percent, resumed, error, inputKey, submit, cancel };
}
