// The one error a file from elsewhere is refused with: its message names the file and the reason.
import { ApiError } from '../shared/api';

export class RefusedFile extends ApiError {
  constructor(message: string) {
    super('refused_file', message);
  }
}
