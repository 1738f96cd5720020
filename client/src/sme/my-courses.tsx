import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/error-words';
import type { Page } from '../api/types';
import { useFormat } from '../format/use-format';
import { useApiData } from '../tutor/use-api-data';
import type { CourseStatus } from './sme-types';

/** One progress bar per course, named by the course's title. */
export function MyCourses() {
  const { t } = useTranslation('sme');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const answer = useApiData<Page<CourseStatus>>('/api/me/courses');
  if (answer.status === 'loading') return <p>{tCommon('shell.loading')}</p>;
  if (answer.status === 'failed') return <p role="alert" className="alert">{errorMessage(answer.error, tCommon)}</p>;
  if (answer.data.items.length === 0) return <p>{t('courses.none')}</p>;
  return (
    <ul className="plain-list course-list">
      {answer.data.items.map((course) => (
        <li key={course.code} className="card course">
          <label htmlFor={`course-${course.code}`} className="course-title">
            {course.title}
          </label>
          <progress id={`course-${course.code}`} max={100} value={course.progressPercent} />
          <p>
            {course.progressPercent === 100 ? t('courses.done') : t('courses.percent', { percent: format.percent(course.progressPercent / 100) })}
            {course.required && ` · ${t('courses.required')}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
