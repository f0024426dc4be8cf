// The URL of the built below-the-fold stylesheet (hashed, long-cached), for a <link> rather than inlining.
import href from './below-fold.css?url';

export default href;
