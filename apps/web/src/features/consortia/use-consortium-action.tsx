import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../components/states';
import { failingRules, type EligibilityRule } from './consortium-rules';
import { consortiaKeys } from './use-consortia';

export interface Refusal {
  message: string;
  rules: EligibilityRule[];
}

/** One change to a consortium: runs it, refreshes the consortia, and keeps the API's refusal. */
export function useConsortiumAction<V>(run: (vars: V) => Promise<unknown>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [refusal, setRefusal] = useState<Refusal>();
  const mutation = useMutation({
    mutationFn: run,
    onMutate: () => setRefusal(undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consortiaKeys.all }),
    onError: (error) =>
      setRefusal({
        message: errorMessage(error, t),
        rules: error instanceof ApiError ? failingRules(error.details) : [],
      }),
  });
  return { ...mutation, refusal, clearRefusal: () => setRefusal(undefined) };
}

/** The refusal above the controls it concerns, with the failing rules when the API gave them. */
export function RefusalAlert({ refusal }: { refusal?: Refusal }) {
  const { t } = useTranslation();
  if (!refusal) return null;
  return (
    <div className="form-alert" role="alert">
      <p>{refusal.message}</p>
      {refusal.rules.length > 0 && (
        <>
          <p>{t('consortia.state.failingRules')}</p>
          <RuleList rules={refusal.rules} />
        </>
      )}
    </div>
  );
}

/** Failing programme rules, each named with the API's reason. */
export function RuleList({ rules }: { rules: EligibilityRule[] }) {
  const { t } = useTranslation();
  return (
    <ul>
      {rules.map((r) => (
        <li key={r.rule}>
          <strong>{t(`consortia.rules.${r.rule}`)}</strong>: {r.reason}
        </li>
      ))}
    </ul>
  );
}
