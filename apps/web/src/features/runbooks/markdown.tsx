import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

// Raw HTML in a runbook is shown as text, never parsed: without rehype-raw, react-markdown turns
// it into text nodes, and its default URL check drops `javascript:` and other unsafe links.
const components: Components = {
  a: ({ node: _node, href, children, ...props }) => (
    <a {...props} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
  // An image would be fetched from wherever the author pointed: a link is shown instead.
  img: ({ src, alt }) =>
    typeof src === 'string' && src ? (
      <a href={src} target="_blank" rel="noopener noreferrer">
        {alt || src}
      </a>
    ) : null,
};

/** A runbook's Markdown (GFM: tables, task lists, strikethrough) as safe React elements. */
export const Markdown = ({ text, className }: { text: string; className?: string }) => (
  <div className={['markdown', className ?? ''].join(' ').trim()}>
    <ReactMarkdown remarkPlugins={[remarkGfm]} components={components}>
      {text}
    </ReactMarkdown>
  </div>
);
