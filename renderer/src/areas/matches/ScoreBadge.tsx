/** The fit as a number out of 100, coloured so the eye finds the good ones first. */
import { Badge } from '@mantine/core';

export function scoreColor(score: number): string {
  return score >= 75 ? 'green' : score >= 50 ? 'yellow' : 'gray';
}

export function ScoreBadge({ score }: { score: number }) {
  return (
    <Badge color={scoreColor(score)} variant="filled" size="lg" miw={56} role="img" aria-label={`Punteggio ${score} su 100`}>
      {score}
    </Badge>
  );
}
