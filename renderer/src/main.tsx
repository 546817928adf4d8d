import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/spotlight/styles.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureItalianZodMessages } from '@shared/api/zod-italian';
import { App } from './app/App';
import { theme } from './app/theme';

configureItalianZodMessages();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <ModalsProvider labels={{ confirm: 'Conferma', cancel: 'Annulla' }}>
        {/* At most three at once: fast work used to stack five over the page. */}
        <Notifications position="bottom-right" limit={3} />
        <App />
      </ModalsProvider>
    </MantineProvider>
  </StrictMode>,
);
