// The seed uses the product's own business-hours and time-zone arithmetic
// (lib/sla), so demo due times match what the SLA worker would set.
export { addBusinessMinutes, isWithinWeeklyHours, type BusinessHours } from '@/lib/sla/add-business-minutes';
export { formatLocalTime, localTime, toMinutes } from '@/lib/sla/zoned-time';
