import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack align="flex-start">
      <Title order={1}>Pagina non trovata</Title>
      <Text>L’indirizzo non corrisponde a nessuna pagina dell’applicazione.</Text>
      <Button component={Link} to="/associazioni">
        Torna alle associazioni
      </Button>
    </Stack>
  );
}
