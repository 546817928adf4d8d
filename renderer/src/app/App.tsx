import { Alert, Center, Loader } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
// From react-router/dom: it passes ReactDOM.flushSync, so a navigation asked with `flushSync` updates at once.
import { RouterProvider } from 'react-router/dom';
import { AuthProvider, useAuth } from '../auth/AuthProvider';
import { LoginPage } from '../auth/LoginPage';
import { SetupWizard } from '../auth/SetupWizard';
import { queryClient, useServerStateSync } from '../api/query';
import { createAppRouter } from './router';

function Gate() {
  const { state } = useAuth();
  // A new router per login, so one operator's history does not leak into the next one's.
  const router = useMemo(() => (state.status === 'ready' ? createAppRouter() : null), [state.status]);
  switch (state.status) {
    case 'loading':
      return (
        <Center mih="100vh">
          <Loader />
        </Center>
      );
    case 'unreachable':
      return (
        <Center mih="100vh">
          <Alert color="red" title="Applicazione non raggiungibile">
            {state.message}
          </Alert>
        </Center>
      );
    case 'setup':
      return <SetupWizard />;
    case 'login':
      return <LoginPage officeName={state.officeName} notice={state.notice} />;
    case 'ready':
      return <RouterProvider router={router!} />;
  }
}

function ServerStateSync() {
  useServerStateSync();
  return null;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ServerStateSync />
      <AuthProvider>
        <Gate />
      </AuthProvider>
    </QueryClientProvider>
  );
}
