// Consortia: the programme's rules (partner calls and consortium membership come next).
export * from './programme.rules';
