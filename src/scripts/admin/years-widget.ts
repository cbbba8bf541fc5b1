// Runs in the browser on /admin/ only: the box years are typed in, checked by the field's schema.
import { yearsProblem } from '../../lib/cms/validate.ts';
import { invalid, type ControlSpec } from './decap.ts';

/** Years typed as text (`2010`, `2009-2011`, `2010、2011`); the file format writes them as the importer does. */
export function yearsControl(): unknown {
  const spec: ControlSpec<Record<string, never>> = {
    isValid() {
      const problem = yearsProblem(String(this.props.field.get('schema_field')), String(this.props.value ?? ''));
      return problem ? invalid(problem) : true;
    },
    render() {
      const { forID, classNameWrapper, value, onChange, setActiveStyle, setInactiveStyle } = this.props;
      return window.h('input', {
        type: 'text',
        id: forID,
        className: classNameWrapper,
        value: typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value),
        onChange: (event: { target: { value: string } }) => onChange(event.target.value),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      });
    },
  };
  return window.createClass(spec);
}
