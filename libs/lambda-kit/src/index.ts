export { isRole, type Role, ROLES, roleSatisfies } from './auth/roles';
