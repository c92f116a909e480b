import type { InterviewStatus } from '@/lib/schema';

export const statusLabels: Record<InterviewStatus, string> = {
  preparing: 'Preparing',
  scheduled: 'Scheduled',
  completed: 'Completed',
  offer: 'Offer',
  declined: 'Declined',
  cancelled: 'Cancelled',
};
