/** What a step's `Show me` does; one kind a step. */
export type TourStepId =
  'data' | 'neuron' | 'relu' | 'layer' | 'softmax' | 'cost' | 'descent' | 'backprop' | 'training';

export interface TourStep {
  readonly id: TourStepId;
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** TeX, one display equation each. */
  readonly equations: readonly string[];
  /** What `Show me` will do, said before it is pressed. */
  readonly showMe: string;
  /** Whether the step works on the example point. */
  readonly usesPoint: boolean;
}

/** The post's sections in order, retold. */
export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'data',
    title: 'The data',
    paragraphs: [
      'This tour retells the blog post "Neural Network from Scratch" one section at a time, and ' +
        'lets you try each idea on the playground next to it.',
      'It all begins with dots on a plane. Every dot has two coordinates and one of two classes. ' +
        "The post's first data set holds 207 of them: a clump of one class with the other curled " +
        'around it.',
      'Put side by side, the coordinates make a matrix with one column per dot, and the classes ' +
        'a row of zeros and ones. From these examples the network must learn to tell the class ' +
        'of any spot on the plane.',
    ],
    equations: [
      '\\mathbf{X} = \\begin{bmatrix} x_1 & x_2 & \\cdots & x_{207} \\\\ y_1 & y_2 & \\cdots & y_{207} \\end{bmatrix}',
      '\\mathbf{y} = \\begin{bmatrix} c_1 & c_2 & \\cdots & c_{207} \\end{bmatrix}, \\quad c_k \\in \\{0, 1\\}',
    ],
    showMe: "Loads the post's first data set.",
    usesPoint: false,
  },
  {
    id: 'neuron',
    title: 'A neuron and its weighted sum',
    paragraphs: [
      'The network is built from layers: two inputs (x and y), two hidden layers of four neurons ' +
        'and two outputs, one per class. Each neuron is wired to every neuron of the layer before.',
      'A neuron takes what each of those sends, scales it by a weight that belongs to that one ' +
        'wire, adds the results, and adds a bias of its own. The superscript counts layers and the ' +
        'subscripts count neurons: W²₁₃ is the weight on the wire from neuron 3 of layer 1 to ' +
        'neuron 1 of layer 2.',
      'Weights and biases begin as random numbers. Finding good ones is what the rest of the tour ' +
        'is about.',
    ],
    equations: [
      'z^2_1 = W^2_{11} a^1_1 + W^2_{12} a^1_2 + W^2_{13} a^1_3 + W^2_{14} a^1_4 + b^2_1',
    ],
    showMe: 'Highlights this neuron and works out its sum for the example point.',
    usesPoint: true,
  },
  {
    id: 'relu',
    title: 'ReLU',
    paragraphs: [
      'If neurons passed their sums on untouched, any stack of layers would still be one linear ' +
        'function, able to split the plane only along a straight line.',
      'So a hidden neuron first puts its sum through an activation function. The post picks the ' +
        'rectified linear unit: below zero it outputs 0, above zero it outputs the sum itself. ' +
        'That single bend, copied across many neurons, is enough to draw curved boundaries.',
      "Show me colours the plane by the neuron's output at every spot: where it is 0, the neuron " +
        'is silent.',
    ],
    equations: ['\\mathrm{ReLU}(z) = \\max(0, z)', 'a^2_1 = \\mathrm{ReLU}(z^2_1)'],
    showMe: "Shows this neuron's output over the whole plane.",
    usesPoint: true,
  },
  {
    id: 'layer',
    title: 'A layer as a matrix',
    paragraphs: [
      'One sum per neuron soon gets long. Gather the weights of a layer in a matrix, one row for ' +
        'each receiving neuron and one column for each sending neuron, and the biases in a ' +
        'vector: one matrix product then gives every sum of the layer.',
      'The activation acts on each entry of the result. These two lines, repeated from the inputs ' +
        'to the outputs, are the forward pass: all the network does to make a prediction.',
    ],
    equations: [
      '\\begin{bmatrix} z^2_1 \\\\ z^2_2 \\\\ z^2_3 \\\\ z^2_4 \\end{bmatrix} = \\begin{bmatrix} W^2_{11} & W^2_{12} & W^2_{13} & W^2_{14} \\\\ W^2_{21} & W^2_{22} & W^2_{23} & W^2_{24} \\\\ W^2_{31} & W^2_{32} & W^2_{33} & W^2_{34} \\\\ W^2_{41} & W^2_{42} & W^2_{43} & W^2_{44} \\end{bmatrix} \\begin{bmatrix} a^1_1 \\\\ a^1_2 \\\\ a^1_3 \\\\ a^1_4 \\end{bmatrix} + \\begin{bmatrix} b^2_1 \\\\ b^2_2 \\\\ b^2_3 \\\\ b^2_4 \\end{bmatrix}',
      '\\mathbf{z}^l = \\mathbf{W}^l \\mathbf{a}^{l-1} + \\mathbf{b}^l, \\qquad \\mathbf{a}^l = f(\\mathbf{z}^l)',
    ],
    showMe: "Fills in this neuron's layer with its numbers for the example point.",
    usesPoint: true,
  },
  {
    id: 'softmax',
    title: 'Softmax',
    paragraphs: [
      'The last layer has one neuron per class. Its sums can be any size and sign, so instead of ' +
        'ReLU it uses softmax: raise e to each sum, then divide by the total.',
      'What comes out is positive and adds up to 1, so it reads as how sure the network is of ' +
        'each class. The decision boundary view paints the plane with exactly these numbers.',
    ],
    equations: [
      '\\mathbf{a}^3 = \\mathrm{SoftMax}(\\mathbf{z}^3) = \\frac{e^{\\mathbf{z}^3}}{\\sum_i e^{z^3_i}}',
    ],
    showMe: "Shows the example point's class probabilities.",
    usesPoint: true,
  },
  {
    id: 'cost',
    title: 'The cost',
    paragraphs: [
      'To improve, the network needs one number that says how wrong it is. The true class is ' +
        'written one-hot: a vector with 1 at the class and 0 everywhere else.',
      'Cross-entropy compares that vector with the output. Only the true class counts, so the ' +
        'cost is minus the log of the probability the network gave the right answer: close to 0 ' +
        'when it is sure and right, large when it gives the right class little chance. Averaged ' +
        'over the points, it is the curve in the Cost view.',
    ],
    equations: [
      'C(\\mathbf{y}, \\mathbf{a}^3) = -\\sum_i y_i \\log a^3_i',
      '\\mathbf{y} = [0, 1],\\ \\mathbf{a}^3 = [0.2, 0.8] \\;\\Rightarrow\\; C = -\\log 0.8 \\approx 0.223',
    ],
    showMe: "Works out the example point's cost.",
    usesPoint: true,
  },
  {
    id: 'descent',
    title: 'Gradient descent on mini-batches',
    paragraphs: [
      'Training is a search for the weights and biases that make the cost small. The gradient ' +
        'of the cost points uphill, so each step nudges every parameter the opposite way; the ' +
        'learning rate γ sets the size of the nudge.',
      'Working out the gradient over all the points at every step would be slow. The post ' +
        'instead picks m = 100 points at random, with repeats allowed, averages their gradients, ' +
        'and uses a learning rate of 0.2: a rough but cheap estimate, step after step.',
    ],
    equations: [
      '(\\mathbf{W}^3)^{n+1} = (\\mathbf{W}^3)^n - \\gamma \\frac{\\partial C}{\\partial \\mathbf{W}^3}',
      '\\frac{\\partial C}{\\partial \\mathbf{W}} \\approx \\frac{1}{m} \\sum_{k=1}^{m} \\frac{\\partial C_k}{\\partial \\mathbf{W}}',
    ],
    showMe: "Sets the post's learning rate and batch size and takes one step.",
    usesPoint: false,
  },
  {
    id: 'backprop',
    title: 'Backpropagation',
    paragraphs: [
      'The gradient comes from the chain rule, worked from the output back to the input. With ' +
        'softmax and cross-entropy together, the error of the output layer is just the predicted ' +
        'probabilities minus the one-hot truth.',
      "A layer's error is the next layer's error carried back through the transposed weights, " +
        'then multiplied entry by entry by the slope of the activation (for ReLU, 1 where the ' +
        "neuron fired and 0 where it did not). A layer's error gives the gradients of its weights " +
        'and biases straight away.',
      'These gradients are found for one point at a time and averaged over the mini-batch.',
    ],
    equations: [
      '\\boldsymbol{\\delta}^3 = \\mathbf{a}^3 - \\mathbf{y}',
      "\\boldsymbol{\\delta}^l = (\\mathbf{W}^{l+1})^T \\boldsymbol{\\delta}^{l+1} \\odot f'(\\mathbf{z}^l)",
      '\\frac{\\partial C}{\\partial \\mathbf{W}^l} = \\boldsymbol{\\delta}^l (\\mathbf{a}^{l-1})^T, \\qquad \\frac{\\partial C}{\\partial \\mathbf{b}^l} = \\boldsymbol{\\delta}^l',
    ],
    showMe: 'Opens the inspect panel on the example point, with its errors and gradients.',
    usesPoint: true,
  },
  {
    id: 'training',
    title: 'Training',
    paragraphs: [
      'One iteration is a forward pass, the cost, backpropagation over a mini-batch and one step ' +
        'of gradient descent. The post runs 1000 of them.',
      'Press Play and watch: the cost falls fast and then slowly, the boundary bends around the ' +
        'classes, and in the Network view the edges thicken and change colour as the weights ' +
        'grow. Then try the second data set, or move points while it trains.',
    ],
    equations: [
      '\\begin{aligned} \\mathbf{z}^1 &= \\mathbf{W}^1 \\mathbf{a}^0 + \\mathbf{b}^1, & \\mathbf{a}^1 &= \\mathrm{ReLU}(\\mathbf{z}^1) \\\\ \\mathbf{z}^2 &= \\mathbf{W}^2 \\mathbf{a}^1 + \\mathbf{b}^2, & \\mathbf{a}^2 &= \\mathrm{ReLU}(\\mathbf{z}^2) \\\\ \\mathbf{z}^3 &= \\mathbf{W}^3 \\mathbf{a}^2 + \\mathbf{b}^3, & \\mathbf{a}^3 &= \\mathrm{SoftMax}(\\mathbf{z}^3) \\end{aligned}',
    ],
    showMe: 'Presses Play.',
    usesPoint: false,
  },
];
